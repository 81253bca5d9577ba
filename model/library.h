// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "highlightstore.h"
#include "poststore.h"
#include "result.h"
#include "searchstore.h"
#include "tagstore.h"

#include <memory>

// An open library: the database and its stores. Opening one for the first time imports the bundled posts and
// seeds the default codebook, once.
class Library
{
public:
    // cleanClose: Database::cleanCloseFingerprint() of the file when Gloss last closed it (see Database::openSqlite).
    static Result<std::unique_ptr<Library>> openSqlite(const QString &path, const QString &cleanClose = {});
    // The team library at url (see Database::openServer); a new one gets the bundled posts and codebook too.
    static Result<std::unique_ptr<Library>> openServer(const QString &url);
    // A file path or a server URL (ServerUrl::isServerUrl), whichever where is.
    static Result<std::unique_ptr<Library>> open(const QString &where);
    Q_DISABLE_COPY_MOVE(Library)

    Database &database() { return *m_db; }
    PostStore &posts() { return m_posts; }
    TagStore &tags() { return m_tags; }
    HighlightStore &highlights() { return m_highlights; }
    SearchStore &search() { return m_search; }

private:
    explicit Library(std::unique_ptr<Database> db);
    static Result<std::unique_ptr<Library>> firstStart(std::unique_ptr<Library> library);

    std::unique_ptr<Database> m_db;
    PostStore m_posts;
    TagStore m_tags;
    HighlightStore m_highlights;
    SearchStore m_search;
};
