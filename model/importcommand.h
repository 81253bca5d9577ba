// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `gloss import PATH… [--database PATH] [--max-size MB]`: imports posts from files and folders (recursively) and
// prints a summary on out: imported, updated (with highlights moved and orphaned), unchanged, refused with why.
// arguments[0] names the program ("gloss import"), the options and paths follow.
// Returns 0 when nothing was refused, 1 when some files were refused or the library could not be opened, 2 on bad
// usage; messages about usage and the library go to err.
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
