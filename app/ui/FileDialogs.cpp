// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStyle>

namespace knotmap::ui {

namespace {

// Icons and type names from the file's name and what stat() says, never from its bytes.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        QStyle* style = QApplication::style();
        switch (type) {
        case Computer:
            return style->standardIcon(QStyle::SP_ComputerIcon);
        case Desktop:
            return style->standardIcon(QStyle::SP_DesktopIcon);
        case Trashcan:
            return style->standardIcon(QStyle::SP_TrashIcon);
        case Network:
            return style->standardIcon(QStyle::SP_DriveNetIcon);
        case Drive:
            return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case File:
            break;
        }
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        if (info.isDir())
            return icon(Folder);
        return QApplication::style()->standardIcon(info.isSymLink() ? QStyle::SP_FileLinkIcon
                                                                    : QStyle::SP_FileIcon);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QApplication::translate("FileDialogs", "Folder");
        // MatchExtension: the name alone decides; the default mode would read the file's first bytes.
        const QMimeType mime = m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        return mime.isDefault() ? QApplication::translate("FileDialogs", "File") : mime.comment();
    }

private:
    QMimeDatabase m_mimes;
};

QString ask(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption, const QString& start,
            const QString& filter)
{
    static NameOnlyIconProvider provider; // stateless; outlives every dialog and its model
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setObjectName(QStringLiteral("knotmapFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (mode == QFileDialog::AcceptSave) {
        dialog.selectFile(QFileInfo(start).fileName());
        // A name typed without one gets the suggested name's suffix (".csv"), and the "replace it?" question
        // is then asked about that name: QFileDialog adds the suffix before it looks for the file.
        dialog.setDefaultSuffix(QFileInfo(start).suffix());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString askForFileToOpen(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter)
{
    return ask(parent, QFileDialog::AcceptOpen, caption, folder, filter);
}

QString askForFileToSave(QWidget* parent, const QString& caption, const QString& suggestedPath,
                         const QString& filter)
{
    return ask(parent, QFileDialog::AcceptSave, caption, suggestedPath, filter);
}

} // namespace knotmap::ui
