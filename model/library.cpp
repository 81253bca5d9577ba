// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "bundledlibrary.h"

Library::Library(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_posts(*m_db)
    , m_tags(*m_db)
    , m_highlights(*m_db)
    , m_search(*m_db)
{
}

Result<std::unique_ptr<Library>> Library::openSqlite(const QString &path, const QString &cleanClose)
{
    auto db = Database::openSqlite(path, Database::Access::Automatic, cleanClose);
    if (!db)
        return db.error();
    std::unique_ptr<Library> library(new Library(std::move(*db)));
    if (auto imported = BundledLibrary::importOnFirstStart(library->posts()); !imported)
        return imported.error();
    if (auto seeded = library->tags().seedDefaultsOnFirstStart(); !seeded)
        return seeded.error();
    return library;
}
