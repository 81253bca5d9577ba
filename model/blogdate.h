// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

// Dates as blogs print them, in English: "Thursday, September 24, 2009", "13th July 2007", "July 17th, 2007",
// "Friday, July 13th, 2007 at 11:34 am", and ISO 8601.
namespace BlogDate {

struct Parsed
{
    QDateTime value;      // local wall-clock time as printed (Qt::LocalTime is not assumed: UTC-tagged, no shift)
    bool hasTime = false; // false for date-only values (time 00:00)
    bool isValid() const { return value.isValid(); }
};

// The whole of text (trimmed) must be a date, optionally with a time.
Parsed parse(QStringView text);

// A date somewhere inside text, e.g. "This entry was posted on Friday, July 13th, 2007 at 11:34 am and is filed…".
// Sets *matchStart/*matchLength to where it was found when given.
Parsed find(QStringView text, qsizetype *matchStart = nullptr, qsizetype *matchLength = nullptr);

} // namespace BlogDate
