// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "bundledlibrary.h"
#include "serverurl.h"

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
    return firstStart(std::unique_ptr<Library>(new Library(std::move(*db))));
}

Result<std::unique_ptr<Library>> Library::openServer(const QString &url)
{
    auto db = Database::openServer(url);
    if (!db)
        return db.error();
    return firstStart(std::unique_ptr<Library>(new Library(std::move(*db))));
}

Result<std::unique_ptr<Library>> Library::open(const QString &where)
{
    return ServerUrl::isServerUrl(where) ? openServer(where) : openSqlite(where);
}

Result<std::unique_ptr<Library>> Library::firstStart(std::unique_ptr<Library> library)
{
    if (auto imported = BundledLibrary::importOnFirstStart(library->posts()); !imported)
        return imported.error();
    if (auto seeded = library->tags().seedDefaultsOnFirstStart(); !seeded)
        return seeded.error();
    return library;
}
