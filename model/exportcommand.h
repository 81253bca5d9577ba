// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `gloss export --format markdown|csv|json [--by post|argument] [--post ID]… [--tag PATH] [--template FILE] [--bom]
//  [-o FILE] [--database PATH]`: writes the export to FILE (all or nothing, through QSaveFile) or to out.
// arguments as the command sees them: arguments[0] names the program ("gloss export"), the options follow.
// Returns 0, 1 (library, template or file trouble) or 2 (bad usage); messages go to err.
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `gloss import-annotations FILE.json [--database PATH]`: restores Web Annotation JSON into the library and prints
// a summary (restored, orphaned, already present, tags created, refused). Exit codes as above.
int runImportAnnotationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
