// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotEditor.h"

#include "painters/IntensityScale.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
constexpr int kTwoDigitWindowMs = 900; // "1" then "0" within this time means 10
}

SpotEditor::SpotEditor(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("spotEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 70));
    setGraphicsEffect(shadow);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close without saving (Esc)"));
    connect(close, &QToolButton::clicked, this, &SpotEditor::cancelled);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(Rating::kMinIntensity, Rating::kMaxIntensity);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(tr("Pain score from 0 to 10"));
    m_score = new QLabel(this);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumWidth(38);
    m_score->setAutoFillBackground(true);
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.5);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_band = new QLabel(this);
    m_band->setMinimumWidth(m_band->fontMetrics().horizontalAdvance(tr("Moderate")) + 6);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        updateScoreText(value);
        if (!m_opening)
            m_modified = m_scoreChosen = true;
        emit intensityChanged(value);
    });

    m_quality = new QComboBox(this);
    m_quality->addItem(qualityDisplayName(Quality::None), QVariant::fromValue(int(Quality::None)));
    for (Quality quality : allQualities())
        m_quality->addItem(qualityDisplayName(quality), QVariant::fromValue(int(quality)));
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What were you doing? What helped?"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_note->installEventFilter(this);
    connect(m_quality, &QComboBox::currentIndexChanged, this,
            [this] { m_modified = m_modified || !m_opening; });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_modified = m_modified || !m_opening; });

    // Pressing a knot hurts there; felt pain hurts there without a knot under the finger (it may be felt
    // from a knot elsewhere). The choice changes what the spot is, so it is only offered for a new one.
    m_felt = new QCheckBox(this);
    m_felt->setObjectName(QStringLiteral("feltChoice"));
    m_felt->hide();
    connect(m_felt, &QCheckBox::toggled, this, [this](bool felt) {
        m_save->setText(felt ? tr("Add Felt Pain") : tr("Add Spot"));
        m_title->setText(felt ? m_feltTitle : m_knotTitle);
        m_modified = m_modified || !m_opening;
    });

    m_delete = new QPushButton(tr("Delete Spot"), this);
    m_delete->setToolTip(tr("Remove this spot and all its ratings (Ctrl+Z brings it back)"));
    connect(m_delete, &QPushButton::clicked, this, &SpotEditor::deleteRequested);
    m_another = new QPushButton(tr("Add New Rating"), this);
    m_another->setToolTip(tr("Keep the earlier rating and record another one"));
    connect(m_another, &QPushButton::clicked, this, &SpotEditor::rateAgainRequested);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SpotEditor::accepted);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(close, 0, Qt::AlignTop);

    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_slider, 1);
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_band);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Pain:"), scoreRow);
    form->addRow(tr("Feels:"), m_quality);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_felt);

    auto* hint = new QLabel(tr("Type 0–10 for a quick score · Enter saves · Esc cancels"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.85);
    hint->setFont(hintFont);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_another);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    setFixedWidth(380);
    setFocusProxy(m_slider);
    hide();
}

void SpotEditor::open(Mode mode, const QString& title, const QString& subtitle,
                      const std::optional<Rating>& existing)
{
    m_opening = true;
    m_mode = mode;
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    const bool editing = mode == Mode::EditRating;
    m_save->setText(mode == Mode::NewSpot ? tr("Add Spot")
                    : editing             ? tr("Update Rating")
                                          : tr("Add Rating"));
    m_delete->setVisible(mode != Mode::NewSpot);
    m_another->setVisible(editing);
    setIntensity(existing ? existing->intensity : 5);
    updateScoreText(m_slider->value());
    m_quality->setCurrentIndex(int(existing ? existing->quality : Quality::None));
    m_note->setPlainText(editing && existing ? existing->note : QString());
    m_felt->setChecked(false);
    m_felt->hide();
    m_lastDigitValue = -1;
    m_opening = false;
    m_modified = m_scoreChosen = false;
    adjustSize();
    show();
    raise();
    m_slider->setFocus(Qt::OtherFocusReason);
}

void SpotEditor::offerFeltChoice(const QString& areaName)
{
    if (m_mode != Mode::NewSpot || areaName.isEmpty())
        return;
    m_knotTitle = m_title->text();
    m_feltTitle = areaName;
    m_felt->setText(tr("Felt here, not a knot"));
    m_felt->setToolTip(tr("Tick when it hurts here (%1) but pressing finds no knot: KnotMap then lists the "
                          "muscles whose knots may send pain here.")
                           .arg(areaName));
    m_felt->show();
    adjustSize();
}

bool SpotEditor::feltChosen() const
{
    return !m_felt->isHidden() && m_felt->isChecked();
}

QString SpotEditor::title() const
{
    return m_title->text();
}

int SpotEditor::intensity() const
{
    return m_slider->value();
}

Quality SpotEditor::quality() const
{
    return static_cast<Quality>(m_quality->currentData().toInt());
}

QString SpotEditor::note() const
{
    return m_note->toPlainText();
}

void SpotEditor::setIntensity(int intensity)
{
    m_slider->setValue(std::clamp(intensity, Rating::kMinIntensity, Rating::kMaxIntensity));
}

void SpotEditor::setQualityAndNote(Quality quality, const QString& note)
{
    m_quality->setCurrentIndex(int(quality));
    m_note->setPlainText(note);
}

void SpotEditor::updateScoreText(int intensity)
{
    m_score->setText(QString::number(intensity));
    QPalette scorePalette = m_score->palette();
    scorePalette.setColor(QPalette::Window, intensityColor(intensity));
    scorePalette.setColor(QPalette::WindowText, textColorOn(intensityColor(intensity)));
    m_score->setPalette(scorePalette);
    m_band->setText(intensityBand(intensity));
}

void SpotEditor::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        const bool makesTen = digit == 0 && m_lastDigitValue == 1 && m_lastDigit.isValid() &&
                              m_lastDigit.elapsed() < kTwoDigitWindowMs;
        setIntensity(makesTen ? 10 : digit);
        m_modified = m_scoreChosen = true; // typing the score it already shows still chooses it
        m_lastDigitValue = makesTen ? -1 : digit;
        m_lastDigit.start();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        emit accepted();
        return;
    }
    if (key == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool SpotEditor::eventFilter(QObject* watched, QEvent* event)
{
    // In the note, Enter makes a new line; Ctrl+Enter saves.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto* keyEvent = static_cast<QKeyEvent*>(event);
        const bool enter = keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter;
        if (enter && keyEvent->modifiers() & Qt::ControlModifier) {
            emit accepted();
            return true;
        }
        if (keyEvent->key() == Qt::Key_Escape) {
            emit cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace knotmap::ui
