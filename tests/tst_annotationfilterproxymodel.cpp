// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxymodel.h"

#include "annotationtreemodel.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

class TstAnnotationFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QList<qint64> m_posts;
    qint64 m_first = 0;  // two arguments of the default codebook
    qint64 m_second = 0;
    QHash<qint64, QString> m_names; // highlight id → the test's name for it

    Library &library() { return *m_lib.library; }

    Highlight passage(int post, int start, QList<Tagging> tags, const QString &note, const QDateTime &created = {},
                      int length = 6)
    {
        Highlight h;
        h.postId = m_posts[post];
        h.anchor = AnchorResolver::anchorFor(library().posts().post(h.postId)->anchorText(), start, start + length);
        h.tags = std::move(tags);
        h.note = note;
        h.created = created;
        return h;
    }

    void add(const QString &name, const Highlight &h)
    {
        const auto id = library().highlights().add(h);
        QVERIFY(id.ok());
        m_names.insert(*id, name);
    }

    static void fetchAll(AnnotationTreeModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            while (model.canFetchMore(model.index(row, 0)))
                model.fetchMore(model.index(row, 0));
        }
    }

    // The names of the highlights the proxy shows, group by group.
    QStringList visible(const QAbstractItemModel &proxy) const
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex group = proxy.index(row, 0);
            for (int child = 0; child < proxy.rowCount(group); ++child)
                names << m_names.value(proxy.index(child, 0, group).data(AnnotationTreeModel::IdRole).toLongLong());
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_posts.clear();
        for (const PostSummary &s : *library().posts().summaries())
            m_posts << s.id;
        const Codebook codebook = *library().tags().codebook();
        const qint64 root = codebook.children(0).first();
        m_first = codebook.children(root).at(0);
        m_second = codebook.children(root).at(1);
        m_names.clear();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("stance");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("groups");
        QTest::newRow("nothing") << QString() << -1 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s} << 3;
        QTest::newRow("accent-insensitive") << u"cafe"_s << -1 << QStringList{u"A"_s, u"D"_s} << 2;
        QTest::newRow("case-insensitive, accent typed") << u"CAFÉ"_s << -1 << QStringList{u"A"_s, u"D"_s} << 2;
        QTest::newRow("all words") << u"cafe budget"_s << -1 << QStringList{u"D"_s} << 1;
        QTest::newRow("words in any order") << u"receptionist  budget"_s << -1 << QStringList{u"B"_s} << 1;
        QTest::newRow("no match hides every group") << u"zebra"_s << -1 << QStringList{} << 0;
        QTest::newRow("stance") << QString() << int(Stance::Challenges) << QStringList{u"B"_s} << 1;
        QTest::newRow("stance and text") << u"billing"_s << int(Stance::Example) << QStringList{u"C"_s} << 1;
        QTest::newRow("stance and text, none") << u"budget"_s << int(Stance::Supports) << QStringList{} << 0;
        QTest::newRow("quote") << u"%quote"_s << -1 << QStringList{u"C"_s} << 1;
        QTest::newRow("post title") << u"%title"_s << -1 << QStringList{u"C"_s, u"D"_s} << 2;
        // B and D are bob's; the rest ann's.
        QTest::newRow("author") << u"%bob"_s << -1 << QStringList{u"B"_s, u"D"_s} << 2;
        QTest::newRow("author and text") << u"%bob cafe"_s << -1 << QStringList{u"D"_s} << 1;
        QTest::newRow("author and stance") << u"%ann"_s << int(Stance::Example) << QStringList{u"C"_s} << 1;
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, stance);
        QFETCH(QStringList, expected);
        QFETCH(int, groups);

        library().database().setAuthor(u"ann"_s);
        add(u"A"_s, passage(0, 300, {{m_first, Stance::Supports}}, u"Café receptionist matters"_s));
        library().database().setAuthor(u"bob"_s);
        add(u"B"_s, passage(0, 400, {{m_first, Stance::Challenges}}, u"budget receptionist"_s));
        library().database().setAuthor(u"ann"_s);
        add(u"C"_s, passage(1, 300, {{m_second, Stance::Example}}, u"billing"_s, {}, 40)); // a quote no other has
        library().database().setAuthor(u"bob"_s);
        add(u"D"_s, passage(1, 400, {}, u"cafe budget"_s));

        AnnotationTreeModel model(library());
        QVERIFY(model.reload().ok());
        fetchAll(model);
        AnnotationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QString author;
        if (text.startsWith(u"%bob"_s) || text.startsWith(u"%ann"_s)) {
            author = text.mid(1, 3);
            text = text.mid(5);
        }
        if (text == u"%quote"_s) {
            text = library().highlights().highlight(m_names.key(u"C"_s))->anchor.quote;
        } else if (text == u"%title"_s) {
            // The longest word of the second post's title, which the first post's title lacks.
            const QString other = library().posts().post(m_posts[0])->title.toLower();
            QStringList words = library().posts().post(m_posts[1])->title.toLower().split(u' ', Qt::SkipEmptyParts);
            words.removeIf([&other](const QString &w) { return other.contains(w); });
            std::sort(words.begin(), words.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            QVERIFY(!words.isEmpty());
            text = words.first();
        }
        proxy.setFilterText(text);
        proxy.setStanceFilter(stance < 0 ? std::nullopt : std::optional<Stance>(Stance(stance)));
        proxy.setAuthorFilter(author);
        QCOMPARE(visible(proxy), expected);
        QCOMPARE(proxy.rowCount(), groups);

        // Clearing both shows everything again.
        proxy.setFilterText(QString());
        proxy.setStanceFilter(std::nullopt);
        proxy.setAuthorFilter(QString());
        QCOMPARE(visible(proxy).size(), 4);
    }

    void groupWithMoreToLoadStaysOpenable()
    {
        add(u"A"_s, passage(0, 300, {{m_first, Stance::Supports}}, u"first"_s));
        add(u"B"_s, passage(0, 400, {{m_first, Stance::Supports}}, u"second"_s));
        AnnotationTreeModel model(library());
        model.setBatchSize(1);
        QVERIFY(model.reload().ok());
        AnnotationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(u"second"_s);
        QCOMPARE(proxy.rowCount(), 1); // B is not loaded, but the group can still be opened
        const QModelIndex group = proxy.index(0, 0);
        while (proxy.rowCount(group) == 0 && proxy.canFetchMore(group))
            proxy.fetchMore(group);
        QCOMPARE(visible(proxy), QStringList{u"B"_s});

        // Everything loaded and nothing matches: the group goes.
        proxy.setFilterText(u"third"_s);
        while (model.canFetchMore(model.index(0, 0)))
            model.fetchMore(model.index(0, 0));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByRawValues()
    {
        QList<Highlight> many;
        const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::UTC);
        for (int i = 0; i < 10; ++i)
            many << passage(0, 100 + i * 10, {{m_first, Stance::Supports}}, QString(), base.addDays(i));
        for (int i = 0; i < 9; ++i)
            many << passage(1, 100 + i * 10, {{m_second, Stance::Supports}}, QString(), base.addDays(-i));
        many << passage(2, 100, {}, QString()) << passage(2, 200, {}, QString());
        QVERIFY(library().highlights().addMany(many).ok());

        AnnotationTreeModel model(library());
        QVERIFY(model.reload().ok());
        fetchAll(model);
        AnnotationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Counts as numbers: 2, 9, 10 (as text "10" would come first).
        proxy.sort(AnnotationTreeModel::CountColumn, Qt::AscendingOrder);
        QList<int> counts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            counts << proxy.index(row, 0).data(AnnotationTreeModel::CountRole).toInt();
        QCOMPARE(counts, (QList<int>{2, 9, 10}));

        // Dates as dates, newest first, within each group.
        proxy.sort(AnnotationTreeModel::DateColumn, Qt::DescendingOrder);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex group = proxy.index(row, 0);
            for (int child = 1; child < proxy.rowCount(group); ++child) {
                QVERIFY(proxy.index(child - 1, 0, group).data(AnnotationTreeModel::CreatedRole).toDateTime()
                        >= proxy.index(child, 0, group).data(AnnotationTreeModel::CreatedRole).toDateTime());
            }
        }
        const QModelIndex first = proxy.index(0, 0, proxy.index(2, 0)); // the group of ten, newest first
        QCOMPARE(first.data(AnnotationTreeModel::CreatedRole).toDateTime(), base.addDays(9));

        // Unsorted again: the model's own order.
        proxy.sort(-1);
        QCOMPARE(proxy.index(0, 0).data(AnnotationTreeModel::TagIdRole).toLongLong(), m_first);
    }
};

QTEST_MAIN(TstAnnotationFilterProxyModel)
#include "tst_annotationfilterproxymodel.moc"
