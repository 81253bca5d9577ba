// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The form filter boxes compare: case- and accent-insensitive, so "Café" and "cafe" match.
QString foldedForMatching(const QString &text);
