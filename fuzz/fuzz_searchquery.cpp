// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a reader types into the search box: SearchQuery must either refuse it with a hint or produce MATCH
// expressions FTS5 accepts. The oracle is a real search in an in-memory library with the bundled posts.

#include "library.h"
#include "searchquery.h"
#include "searchstore.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
Library *library = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    auto opened = Library::openSqlite(u":memory:"_s);
    if (!opened)
        qFatal("cannot open an in-memory library: %s", qPrintable(opened.error().message));
    library = opened->release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        if (query.hint().isEmpty())
            std::abort(); // every refusal tells the reader what to change
        return 0;
    }
    (void)query.markTerms();
    if (query.isEmpty())
        return 0;
    auto hits = library->search().search(query, 5);
    if (!hits) {
        // A query SearchQuery accepted must never reach FTS5 as syntax it rejects.
        std::fprintf(stderr, "valid query failed: %s\n", qPrintable(hits.error().message));
        std::abort();
    }
    return 0;
}
