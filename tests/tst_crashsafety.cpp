// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing shown as saved is ever lost: tests/crashchild edits highlights through the real stores and is killed
// with SIGKILL at random moments, over and over, on one library file. After every kill the library must open,
// pass PRAGMA integrity_check, and hold every edit the child reported as committed. Then two Library objects (two
// threads) and two processes write to one file at the same time.

#include "crashprotocol.h"
#include "highlightstore.h"
#include "library.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 seed = 20240917;

QString integrity(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return u"integrity_check failed to run"_s;
    return q.value(0).toString();
}

// The kills must land while edits are being made, not during start-up. A build under ASan starts and edits
// several times slower, so it makes fewer kills in the same time; GLOSS_CRASH_KILLS overrides.
#if defined(__SANITIZE_ADDRESS__)
constexpr int defaultKills = 300;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int defaultKills = 300;
#else
constexpr int defaultKills = 1000;
#endif
#else
constexpr int defaultKills = 1000;
#endif

int killCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("GLOSS_CRASH_KILLS");
    return fromEnvironment > 0 ? fromEnvironment : defaultKills;
}

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_postId = 0;
    QString m_tagIds;

    // A library with the bundled posts and codebook, as the app leaves it after the first start.
    bool prepare(const QString &path)
    {
        auto library = Library::openSqlite(path);
        if (!library) {
            qWarning("%s", qPrintable(library.error().message));
            return false;
        }
        const auto summaries = (*library)->posts().summaries();
        const auto codebook = (*library)->tags().codebook();
        if (!summaries || !codebook || summaries->size() < 2) {
            qWarning("%s", qPrintable(!summaries ? summaries.error().message
                                                 : !codebook ? codebook.error().message : u"no posts"_s));
            return false;
        }
        m_postId = summaries->at(1).id;
        QStringList ids;
        for (const Tag &tag : codebook->tags())
            ids << QString::number(tag.id);
        m_tagIds = ids.mid(0, 6).join(u',');
        return true;
    }

    QStringList childArguments(const QString &path, quint32 childSeed, int edits) const
    {
        return {path, QString::number(m_postId), m_tagIds, QString::number(childSeed), QString::number(edits)};
    }

private Q_SLOTS:
    void killedAtRandomLosesNothing()
    {
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        QVERIFY(prepare(path));
        // Held open throughout, as a second Gloss would, so that the checks below do not each end with the
        // checkpoint and fsync SQLite does when the last connection closes: the kills stay the only experiment.
        QSqlDatabase keeper = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"keeper"_s);
        keeper.setDatabaseName(path);
        QVERIFY(keeper.open());
        QSqlQuery(keeper).exec(u"SELECT count(*) FROM highlight"_s);
        std::mt19937 random(seed);
        QHash<qint64, QByteArray> expected; // what the child last reported for each highlight
        int kills = 0, reported = 0, compared = 0, inFlight = 0, failedEdits = 0, beforeFirstEdit = 0;
        const int wanted = killCount();

        while (kills < wanted) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(GLOSS_CRASHCHILD), childArguments(path, random(), 0));
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QByteArray output;
            while (!output.contains("ready\n") && child.state() == QProcess::Running) {
                child.waitForReadyRead(10000);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.startsWith("ready\n"), QByteArray(output + child.readAllStandardError()).constData());

            // The experiment: let it edit for 1–30 ms, then pull the plug.
            const QDeadlineTimer deadline(std::chrono::milliseconds(1 + random() % 30));
            while (!deadline.hasExpired() && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
                output += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running); // it edits until killed
            child.kill();
            QVERIFY(child.waitForFinished());
            ++kills;
            output += child.readAllStandardOutput();

            // Only whole lines were written before the kill; a cut last line is not a report.
            QByteArray pending;
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("? ")) {
                    pending = line.mid(2);
                } else if (line.startsWith("= ")) {
                    const QList<QByteArray> parts = line.mid(2).split(' ');
                    QCOMPARE(parts.size(), 2);
                    expected[parts[0].toLongLong()] = parts[1];
                    pending.clear();
                    ++reported;
                } else if (line.startsWith("! ")) {
                    ++failedEdits;
                }
            }
            if (!output.contains("\n= "))
                ++beforeFirstEdit;

            auto reopened = Library::openSqlite(path);
            QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
            Library &library = **reopened;
            QCOMPARE(integrity(library.database()), u"ok"_s);
            const auto stored = library.highlights().all();
            QVERIFY(stored.ok());
            QHash<qint64, QByteArray> actual;
            for (const Highlight &h : *stored)
                actual.insert(h.id, CrashProtocol::stateOf(h));

            if (!pending.isEmpty())
                ++inFlight;
            const qint64 pendingId = pending == "new" ? -1 : pending.toLongLong();
            // A highlight nobody reported can only be the one being added when the kill came (which may have
            // been given the id of one removed before: SQLite reuses the highest rowid).
            int unreported = 0;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QByteArray now = actual.value(it.key(), CrashProtocol::absent);
                if (it.key() == pendingId) {
                    // The edit in flight at the kill may or may not have been committed; either is whole.
                } else if (it.value() == CrashProtocol::absent && now != CrashProtocol::absent) {
                    ++unreported;
                } else {
                    QVERIFY2(now == it.value(), qPrintable(u"kill %1: highlight %2 is %3, reported %4"_s.arg(kills)
                                                               .arg(it.key())
                                                               .arg(QString::fromLatin1(now),
                                                                    QString::fromLatin1(it.value()))));
                    ++compared;
                }
                it.value() = now;
            }
            expected.removeIf([](const auto &entry) { return entry.value() == CrashProtocol::absent; });
            for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                if (!expected.contains(it.key())) {
                    ++unreported;
                    expected.insert(it.key(), it.value());
                }
            }
            QVERIFY2(unreported == 0 || (unreported == 1 && pending == "new"),
                     qPrintable(u"kill %1: %2 highlights appeared unreported"_s.arg(kills).arg(unreported)));
        }
        keeper.close();
        keeper = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"keeper"_s);
        qInfo("%d kills, %d edits reported as committed, %d highlight states compared, %d edits in flight at a kill, "
              "%d refused edits, %d kills before the first edit, %lld highlights at the end",
              kills, reported, compared, inFlight, failedEdits, beforeFirstEdit, qint64(expected.size()));
        QCOMPARE(failedEdits, 0);
        QVERIFY(reported > kills); // the kills landed among the edits
    }

    void twoLibrariesInTwoThreads()
    {
        const QString path = m_dir.filePath(u"threads.sqlite"_s);
        QVERIFY(prepare(path));
        constexpr int perThread = 150;
        QString failures[2];
        int written[2] = {0, 0};
        // Each thread opens its own Library: a QSqlDatabase connection belongs to the thread that made it.
        const auto writer = [&](int which) {
            return QThread::create([&, which] {
                auto library = Library::openSqlite(path);
                if (!library) {
                    failures[which] = library.error().message;
                    return;
                }
                const QString text = (*library)->posts().post(m_postId)->anchorText();
                for (int i = 0; i < perThread; ++i) {
                    Highlight h;
                    h.postId = m_postId;
                    h.anchor = AnchorResolver::anchorFor(text, i, i + 10);
                    h.note = u"thread %1 edit %2"_s.arg(which).arg(i);
                    auto id = (*library)->highlights().add(h);
                    if (!id) {
                        failures[which] = id.error().message;
                        return;
                    }
                    h.id = *id;
                    h.note += u" changed"_s;
                    if (Status updated = (*library)->highlights().update(h); !updated) {
                        failures[which] = updated.error().message;
                        return;
                    }
                    ++written[which];
                }
            });
        };
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(writer(0)), std::unique_ptr<QThread>(writer(1))};
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait());
        QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
        QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));

        auto library = Library::openSqlite(path);
        QVERIFY(library.ok());
        QCOMPARE(integrity((*library)->database()), u"ok"_s);
        const auto all = (*library)->highlights().all();
        QCOMPARE(all->size(), 2 * perThread);
        QVERIFY(std::ranges::all_of(*all, [](const Highlight &h) { return h.note.endsWith(u" changed"_s); }));
        qInfo("two threads: %d + %d highlights added and edited", written[0], written[1]);
    }

    void twoProcesses()
    {
        const QString path = m_dir.filePath(u"processes.sqlite"_s);
        QVERIFY(prepare(path));
        constexpr int edits = 300;
        QProcess children[2];
        for (int i = 0; i < 2; ++i)
            children[i].start(QStringLiteral(GLOSS_CRASHCHILD), childArguments(path, seed + i, edits));
        // Who reported each highlight, and its last report: the two touch only their own highlights, except where
        // SQLite hands one an id the other removed (rowids are reused), and then the other's undo is refused.
        QHash<qint64, QByteArray> expected;
        QHash<qint64, int> reporters;
        int refused = 0;
        for (int i = 0; i < 2; ++i) {
            QProcess &child = children[i];
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            const QByteArray out = child.readAllStandardOutput();
            QVERIFY2(child.exitCode() == 0, QByteArray(out + child.readAllStandardError()).constData());
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("= ")) {
                    const QList<QByteArray> parts = line.mid(2).split(' ');
                    expected[parts[0].toLongLong()] = parts[1];
                    reporters[parts[0].toLongLong()] |= 1 << i;
                } else if (line.startsWith("! ")) {
                    ++refused;
                    // Refused whole, never a broken database.
                    QVERIFY2(!line.contains("damaged") && !line.contains("malformed"), line.constData());
                }
            }
        }
        auto library = Library::openSqlite(path);
        QVERIFY(library.ok());
        QCOMPARE(integrity((*library)->database()), u"ok"_s);
        const auto stored = (*library)->highlights().all();
        QVERIFY(stored.ok());
        QSet<qint64> present;
        for (const Highlight &h : *stored) {
            QVERIFY2(expected.contains(h.id), "a highlight nobody reported");
            present.insert(h.id);
        }
        int compared = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (reporters.value(it.key()) == 3)
                continue;
            const QByteArray now = present.contains(it.key())
                ? CrashProtocol::stateOf(*(*library)->highlights().highlight(it.key()))
                : CrashProtocol::absent;
            QCOMPARE(now, it.value());
            ++compared;
        }
        qInfo("two processes: %d edits each, %lld highlights reported, %d compared, %lld in the library, %d refused",
              edits, qint64(expected.size()), compared, qint64(present.size()), refused);
    }
};

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
