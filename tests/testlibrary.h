// SPDX-License-Identifier: GPL-3.0-or-later
// A library in a temporary folder, for tests: a real SQLite file, optionally with the bundled posts.
#pragma once

#include "bundledlibrary.h"
#include "database.h"
#include "library.h"
#include "poststore.h"

#include <QTemporaryDir>
#include <QTest>

struct TestLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<PostStore> posts;
    std::unique_ptr<Library> library; // with openLibrary()

    QString path() const { return dir.filePath(QStringLiteral("library.sqlite")); }

    // Call with QVERIFY(lib.open(…)).
    bool open(bool withBundledPosts)
    {
        auto opened = Database::openSqlite(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        db = std::move(*opened);
        posts = std::make_unique<PostStore>(*db);
        if (withBundledPosts) {
            auto imported = BundledLibrary::importOnFirstStart(*posts);
            if (!imported || *imported != 5) {
                qWarning("bundled import failed");
                return false;
            }
        }
        return true;
    }

    // The whole library as the app opens it: bundled posts and default codebook. Call with QVERIFY.
    bool openLibrary()
    {
        auto opened = Library::openSqlite(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        library = std::move(*opened);
        return true;
    }
};
