// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace knotmap {

void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("knotmap"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(KNOTMAP_VERSION));
}

} // namespace knotmap
