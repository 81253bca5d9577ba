// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrary.h"

#include "benchreport.h"
#include "database.h"
#include "highlightstore.h"
#include "library.h"
#include "librarywatcher.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A statement on the server's own database, as its owner (making and dropping the bench's database).
bool adminExec(const ServerUrl &server, const QString &sql)
{
    const QString name = u"gloss-bench-admin"_s;
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        server.configure(admin);
        ok = admin.open() && QSqlQuery(admin).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Highlight probeHighlight(qint64 postId, int n)
{
    Highlight h;
    h.postId = postId;
    h.anchor.quote = u"passage %1"_s.arg(n);
    h.anchor.start = 0;
    h.anchor.end = 10;
    h.note = u"written by a simulated teammate"_s;
    return h;
}

// Highlights written by `clients` threads, each with its own connection, for `seconds`: rows per second.
double writeRate(const QString &url, int clients, int seconds)
{
    std::atomic<qint64> written = 0;
    std::atomic<bool> failed = false;
    std::vector<std::unique_ptr<QThread>> threads;
    const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            auto library = Library::open(url);
            if (!library) {
                failed = true;
                return;
            }
            for (int n = 0; !deadline.hasExpired(); ++n) {
                if (!(*library)->highlights().add(probeHighlight(1 + (c + n) % 5, n))) {
                    failed = true;
                    return;
                }
                ++written;
            }
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    if (failed)
        qFatal("a simulated client could not write to the team library");
    return double(written) / (timer.nsecsElapsed() / 1e9);
}

} // namespace

void benchTeamLibrary(BenchReport &report, int clients, int seconds)
{
    const QString rateId = u"team_write_rate"_s;
    const QString rateLabel = u"%1 clients adding highlights to one team library"_s.arg(clients);
    const QString latencyId = u"team_notify_p95"_s;
    const QString latencyLabel = u"a teammate's highlight heard by another client, p95, under that load"_s;
    auto server = ServerUrl::parse(qEnvironmentVariable("GLOSS_TEST_POSTGRES"));
    if (!server) {
        const QString why = u"no PostgreSQL server (GLOSS_TEST_POSTGRES); scripts/bench starts one"_s;
        report.notAvailable(rateId, rateLabel, why);
        report.notAvailable(latencyId, latencyLabel, why);
        return;
    }
    const QString name = u"gloss_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!adminExec(*server, u"CREATE DATABASE %1"_s.arg(name)))
        qFatal("cannot create the bench's database on the server");
    ServerUrl library = *server;
    library.database = name;
    const QString url = library.display();
    {
        auto listener = Library::open(url);
        auto probe = Library::open(url);
        if (!listener || !probe)
            qFatal("%s", qPrintable((listener ? probe.error() : listener.error()).message));
        LibraryWatcher watcher((*listener)->database());

        // Baseline: one client alone.
        const double alone = writeRate(url, 1, std::max(1, seconds / 2));

        // Under the load of `clients` writers, a probe on this thread writes a highlight every 50 ms and times
        // until the listener, on this thread too, hears of it. The load's own notifications are told apart by
        // their post: the probe writes to a post the writers leave alone.
        Post probePost;
        probePost.source = u"bench:probe"_s;
        probePost.title = u"Probe"_s;
        probePost.paragraphs = {u"The probe's post."_s};
        probePost.originalText = probePost.title;
        probePost.contentHash = u"probe"_s;
        const qint64 probeId = (*probe)->posts().add({probePost})->first();
        QList<double> latencies;
        std::atomic<bool> loadDone = false;
        double loaded = 0;
        std::unique_ptr<QThread> load(QThread::create([&] {
            loaded = writeRate(url, clients, seconds);
            loadDone = true;
        }));
        load->start();
        QSignalSpy heard(&watcher, &LibraryWatcher::highlightsChangedElsewhere);
        for (int n = 0; !loadDone; ++n) {
            heard.clear();
            QElapsedTimer timer;
            timer.start();
            if (!(*probe)->highlights().add(probeHighlight(probeId, n)))
                qFatal("the probe could not write");
            while (!loadDone && timer.elapsed() < 5000) {
                if (std::ranges::any_of(heard, [&](const QList<QVariant> &a) { return a.first().toLongLong() == probeId; }))
                    break;
                heard.wait(20);
            }
            if (std::ranges::any_of(heard, [&](const QList<QVariant> &a) { return a.first().toLongLong() == probeId; }))
                latencies << timer.nsecsElapsed() / 1e6;
            QDeadlineTimer pause(50);
            while (!pause.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, int(pause.remainingTime()));
        }
        load->wait();

        // Baseline for the latency: the bare round trip of a notification, with no load and no write.
        QSqlQuery notify((*probe)->database().connection());
        QSqlDriver *driver = (*listener)->database().connection().driver();
        driver->subscribeToNotification(u"gloss_bench_ping"_s);
        QSignalSpy pinged(driver, &QSqlDriver::notification);
        QList<double> pings;
        for (int n = 0; n < 20; ++n) {
            pinged.clear();
            QElapsedTimer timer;
            timer.start();
            notify.exec(u"NOTIFY gloss_bench_ping"_s);
            if (pinged.wait(2000))
                pings << timer.nsecsElapsed() / 1e6;
        }
        driver->unsubscribeFromNotification(u"gloss_bench_ping"_s);

        report.add(Figure{rateId, rateLabel, u"rows/s"_s, loaded, std::nullopt, true, u"one client alone"_s, alone,
                          u"each client its own connection and thread, over loopback"_s});
        report.add(Figure{latencyId, latencyLabel, u"ms"_s, percentile(latencies, 0.95), 1000.0, false,
                          u"bare NOTIFY round trip, no load"_s, percentile(pings, 0.95),
                          u"%1 probes heard, p50 %2 ms"_s.arg(latencies.size())
                              .arg(percentile(latencies, 0.5), 0, 'f', 1)});
    }
    adminExec(*server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
}
