// SPDX-License-Identifier: GPL-3.0-or-later
// What tests/crashchild reports and tst_crashsafety checks: a highlight's user-edited state as one line of text.
#pragma once

#include "highlight.h"

#include <QByteArray>
#include <QStringList>

namespace CrashProtocol {

// Note, tags with stances, colour and style: what the child's edits change. Hex, so that a note's line breaks
// cannot split a report line. "-" for a highlight that is not there.
inline QByteArray stateOf(const Highlight &h)
{
    QStringList parts{h.note, h.colour.isValid() ? h.colour.name() : QString(), styleKey(h.style)};
    for (const Tagging &t : h.tags)
        parts << QString::number(t.tagId) + QLatin1Char(':') + stanceKey(t.stance);
    return parts.join(QChar(0x1f)).toUtf8().toHex();
}

inline const QByteArray absent = QByteArrayLiteral("-");

} // namespace CrashProtocol
