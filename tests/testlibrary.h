// SPDX-License-Identifier: GPL-3.0-or-later
// A library for tests: a real SQLite file in a temporary folder or, when the test runs for the PostgreSQL backend
// (GLOSS_TEST_BACKEND=postgresql), a database of its own on the test server named by GLOSS_TEST_POSTGRES, made
// for the library and dropped after it. Optionally with the bundled posts.
#pragma once

#include "bundledlibrary.h"
#include "database.h"
#include "library.h"
#include "poststore.h"
#include "serverurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

struct TestLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<PostStore> posts;
    std::unique_ptr<Library> library; // with openLibrary()

    TestLibrary() = default;
    Q_DISABLE_COPY_MOVE(TestLibrary)
    ~TestLibrary()
    {
        library.reset();
        posts.reset();
        db.reset();
        if (!m_serverDatabase.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_serverDatabase));
    }

    // Whether this run is for the server backend, and the server's URL (empty when there is none).
    static bool onServer() { return qEnvironmentVariable("GLOSS_TEST_BACKEND") == QLatin1String("postgresql"); }
    static QString serverUrl() { return qEnvironmentVariable("GLOSS_TEST_POSTGRES"); }

    // The library file (SQLite).
    QString path() const { return dir.filePath(QStringLiteral("library.sqlite")); }
    // The library file, or the URL of this library's database on the test server (made on first use).
    QString where()
    {
        if (!onServer())
            return path();
        if (m_serverDatabase.isEmpty()) {
            const QString name = QStringLiteral("gloss_test_")
                + QUuid::createUuid().toString(QUuid::Id128).left(16);
            if (!adminExec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
                return {};
            m_serverDatabase = name;
        }
        auto server = ServerUrl::parse(serverUrl());
        if (!server)
            return {};
        server->database = m_serverDatabase;
        return server->display();
    }

    // Call with QVERIFY(lib.open(…)).
    bool open(bool withBundledPosts)
    {
        auto opened = onServer() ? Database::openServer(where()) : Database::openSqlite(path());
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
        auto opened = Library::open(where());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        library = std::move(*opened);
        return true;
    }

    // A statement on the test server as its owner, in database (default: the server URL's own database); the first
    // value of its first row goes to *first.
    static bool adminExec(const QString &sql, const QString &database = {}, QVariant *first = nullptr)
    {
        auto server = ServerUrl::parse(serverUrl());
        if (server && !database.isEmpty())
            server->database = database;
        if (!server) {
            qWarning("GLOSS_TEST_POSTGRES: %s", qPrintable(server.error().message));
            return false;
        }
        const QString name = QStringLiteral("gloss-test-admin");
        bool ok = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            server->configure(admin);
            if (!admin.open()) {
                qWarning("test server: %s", qPrintable(admin.lastError().text()));
            } else {
                QSqlQuery q(admin);
                ok = q.exec(sql);
                if (ok && first)
                    *first = q.next() ? q.value(0) : QVariant();
                if (!ok)
                    qWarning("test server: %s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // This library's database on the test server (after where()).
    QString serverDatabase() const { return m_serverDatabase; }

private:
    QString m_serverDatabase;
};

// In initTestCase() of a suite that runs on both backends: skips the run for PostgreSQL, saying why, when no test
// server was started (scripts/test starts one when PostgreSQL is installed).
#define GLOSS_SKIP_WITHOUT_TEST_SERVER()                                                                             \
    do {                                                                                                             \
        if (TestLibrary::onServer() && TestLibrary::serverUrl().isEmpty())                                           \
            QSKIP("no PostgreSQL test server (GLOSS_TEST_POSTGRES is not set): scripts/test starts one when "       \
                  "PostgreSQL is installed");                                                                       \
    } while (false)
