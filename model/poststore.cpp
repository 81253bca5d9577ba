// SPDX-License-Identifier: GPL-3.0-or-later
#include "poststore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostStore)
};

QVariant isoOrNull(const QDateTime &dt, bool hasTime)
{
    if (!dt.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return wallClockIso(dt, hasTime);
}

// Stored dates are wall-clock values as the post printed them, kept in UTC so nothing shifts with the machine.
std::pair<QDateTime, bool> fromIso(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    if (s.size() == 10)
        return {QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0), QTimeZone::UTC), false};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    dt.setTimeZone(QTimeZone::UTC);
    return {dt, true};
}

// A null QString binds as SQL NULL; the NOT NULL text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString joinLines(const QStringList &paragraphs)
{
    return paragraphs.join(u'\n');
}

QStringList splitLines(const QString &body)
{
    return body.isEmpty() ? QStringList{} : body.split(u'\n');
}

} // namespace

struct PostStore::Statements
{
    explicit Statements(const QSqlDatabase &connection)
        : insertPost(connection)
        , insertCategory(connection)
        , linkCategory(connection)
        , insertComment(connection)
        , storedForSource(connection)
    {
    }

    Statement insertPost;
    Statement insertCategory;
    Statement linkCategory;
    Statement insertComment;
    Statement storedForSource; // an import asks it for every post
};

PostStore::PostStore(Database &db)
    : m_db(db)
{
}

PostStore::~PostStore() = default;

Result<PostStore::Statements *> PostStore::statements() const
{
    if (m_statements)
        return m_statements.get();
    auto made = std::make_unique<Statements>(m_db.connection());
    const std::pair<Statement *, QString> prepared[] = {
        {&made->insertPost, u"INSERT INTO post (source, title, title_derived, published, author, body, word_count, "
                            "metadata, original_text, content_hash, imported_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&made->insertCategory, u"INSERT INTO category (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s},
        {&made->linkCategory, u"INSERT INTO post_category (post_id, category_id, position) "
                              "SELECT CAST(? AS BIGINT), id, CAST(? AS INTEGER) FROM category WHERE name = ?"_s},
        {&made->insertComment, u"INSERT INTO comment (post_id, position, kind, author, published, body) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&made->storedForSource, u"SELECT id, content_hash FROM post WHERE source = ?"_s},
    };
    for (const auto &[query, sql] : prepared) {
        if (!query->prepare(sql))
            return Database::sqlError(Text::tr("Cannot prepare to write posts"), query->lastError());
    }
    m_statements = std::move(made);
    return m_statements.get();
}

Result<QList<qint64>> PostStore::add(const QList<Post> &posts)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto prepared = statements();
    if (!prepared)
        return prepared.error();
    Statements &statements = **prepared;
    Statement &insertPost = statements.insertPost;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<qint64> ids;
    ids.reserve(posts.size());
    for (const Post &post : posts) {
        QJsonObject metadata;
        for (auto it = post.metadata.cbegin(); it != post.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        insertPost.addBindValue(text(post.source));
        insertPost.addBindValue(text(post.title));
        insertPost.addBindValue(post.titleDerived ? 1 : 0);
        insertPost.addBindValue(isoOrNull(post.published, post.publishedHasTime));
        insertPost.addBindValue(text(post.author));
        insertPost.addBindValue(text(joinLines(post.paragraphs)));
        insertPost.addBindValue(post.wordCount());
        insertPost.addBindValue(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
        insertPost.addBindValue(text(post.originalText));
        insertPost.addBindValue(text(post.contentHash));
        insertPost.addBindValue(now);
        if (!insertPost.exec())
            return Database::sqlError(Text::tr("Cannot add “%1”").arg(post.title), insertPost.lastError());
        const qint64 id = insertPost.lastInsertId().toLongLong();
        ids << id;

        if (Status s = addCategoriesAndComments(statements, id, post); !s)
            return s.error();
    }
    if (!posts.isEmpty()) {
        if (Status deferred = indexNewPostsBeforeCommit(); !deferred)
            return deferred.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Status PostStore::addCategoriesAndComments(Statements &statements, qint64 id, const Post &post)
{
    Statement &insertCategory = statements.insertCategory;
    Statement &linkCategory = statements.linkCategory;
    Statement &insertComment = statements.insertComment;
    for (int i = 0; i < post.categories.size(); ++i) {
        insertCategory.addBindValue(post.categories[i]);
        linkCategory.addBindValue(id);
        linkCategory.addBindValue(i);
        linkCategory.addBindValue(post.categories[i]);
        if (!insertCategory.exec() || !linkCategory.exec())
            return Database::sqlError(Text::tr("Cannot add the categories of “%1”").arg(post.title),
                                      insertCategory.lastError().isValid() ? insertCategory.lastError()
                                                                           : linkCategory.lastError());
    }
    for (int i = 0; i < post.comments.size(); ++i) {
        const Comment &c = post.comments[i];
        insertComment.addBindValue(id);
        insertComment.addBindValue(i);
        insertComment.addBindValue(c.kind == Comment::Kind::Trackback ? u"trackback"_s : u"comment"_s);
        insertComment.addBindValue(text(c.author));
        insertComment.addBindValue(isoOrNull(c.published, c.published.time() != QTime(0, 0)));
        insertComment.addBindValue(text(joinLines(c.paragraphs)));
        if (!insertComment.exec())
            return Database::sqlError(Text::tr("Cannot add the comments of “%1”").arg(post.title), insertComment.lastError());
    }
    return Ok{};
}

Status PostStore::indexNewPostsBeforeCommit()
{
    // The SQLite library's search index; a team library's search comes with its own schema.
    if (m_db.backend() != Database::Backend::SQLite)
        return Ok{};
    return m_db.runBeforeCommit(u"index new posts"_s, [this] { return indexNewPosts(); });
}

Status PostStore::indexNewPosts()
{
    Statement q(m_db.connection());
    if (!q.exec(u"INSERT INTO post_search (rowid, title, author, body, comments) "
                "SELECT p.id, p.title, p.author, p.body, "
                "ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment "
                "WHERE post_id = p.id ORDER BY position)), '') "
                "FROM post_search_pending n JOIN post p ON p.id = n.post_id ORDER BY p.id"_s)
        || !q.exec(u"DELETE FROM post_search_pending"_s)) {
        return Database::sqlError(Text::tr("Cannot add the new posts to the search index"), q.lastError());
    }
    return Ok{};
}

Status PostStore::replace(qint64 id, const Post &post)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();

    QJsonObject metadata;
    for (auto it = post.metadata.cbegin(); it != post.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    Statement q(m_db.connection());
    // The post row first: its search trigger re-indexes title, author and body (with the old comments), and the
    // comment triggers below then rebuild the comments column.
    q.prepare(u"UPDATE post SET title = ?, title_derived = ?, published = ?, author = ?, body = ?, word_count = ?, "
              "metadata = ?, original_text = ?, content_hash = ?, imported_at = ? WHERE id = ?"_s);
    q.addBindValue(text(post.title));
    q.addBindValue(post.titleDerived ? 1 : 0);
    q.addBindValue(isoOrNull(post.published, post.publishedHasTime));
    q.addBindValue(text(post.author));
    q.addBindValue(text(joinLines(post.paragraphs)));
    q.addBindValue(post.wordCount());
    q.addBindValue(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(post.originalText));
    q.addBindValue(text(post.contentHash));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot update “%1”").arg(post.title), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{Error::Code::NotFound, Text::tr("There is no post %1 in this library.").arg(id)};

    for (const QString &sql : {u"DELETE FROM post_category WHERE post_id = ?"_s,
                               u"DELETE FROM comment WHERE post_id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot update “%1”").arg(post.title), q.lastError());
    }
    const auto prepared = statements();
    if (!prepared)
        return prepared.error();
    if (Status s = addCategoriesAndComments(**prepared, id, post); !s)
        return s;
    return transaction.commit();
}

Result<std::optional<qint64>> PostStore::idForContentHash(const QString &hash) const
{
    Statement q(m_db.connection());
    q.prepare(u"SELECT id FROM post WHERE content_hash = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(hash);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot look up a post"), q.lastError());
    if (!q.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

Result<Post> PostStore::post(qint64 id) const
{
    auto header = this->header(id);
    if (!header)
        return header;
    Post post = std::move(*header);
    Statement q(m_db.connection());
    q.prepare(u"SELECT body, metadata, original_text, content_hash FROM post WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read post %1").arg(id), q.lastError());
    if (!q.next()) // removed since its header was read
        return Error{Error::Code::NotFound, Text::tr("There is no post %1 in this library.").arg(id)};
    post.paragraphs = splitLines(q.value(0).toString());
    const QJsonObject metadata = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        post.metadata.insert(it.key(), it.value().toString());
    post.originalText = q.value(2).toString();
    post.contentHash = q.value(3).toString();

    q.prepare(u"SELECT c.name FROM post_category pc JOIN category c ON c.id = pc.category_id "
              "WHERE pc.post_id = ? ORDER BY pc.position"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read post %1").arg(id), q.lastError());
    while (q.next())
        post.categories << q.value(0).toString();

    q.prepare(u"SELECT kind, author, published, body FROM comment WHERE post_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read post %1").arg(id), q.lastError());
    while (q.next()) {
        Comment c;
        c.kind = q.value(0).toString() == u"trackback"_s ? Comment::Kind::Trackback : Comment::Kind::Comment;
        c.author = q.value(1).toString();
        c.published = fromIso(q.value(2)).first;
        c.paragraphs = splitLines(q.value(3).toString());
        post.comments << c;
    }
    return post;
}

Result<Post> PostStore::header(qint64 id) const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT source, title, title_derived, published, author FROM post WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read post %1").arg(id), q.lastError());
    if (!q.next())
        return Error{Error::Code::NotFound, Text::tr("There is no post %1 in this library.").arg(id)};
    Post post;
    post.id = id;
    post.source = q.value(0).toString();
    post.title = q.value(1).toString();
    post.titleDerived = q.value(2).toInt() != 0;
    std::tie(post.published, post.publishedHasTime) = fromIso(q.value(3));
    post.author = q.value(4).toString();
    return post;
}

Result<std::optional<qint64>> PostStore::idForSource(const QString &source) const
{
    Statement q(m_db.connection());
    q.prepare(u"SELECT id FROM post WHERE source = ?"_s);
    q.addBindValue(source);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot look up “%1”").arg(source), q.lastError());
    if (!q.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

Result<std::optional<StoredPost>> PostStore::storedForSource(const QString &source) const
{
    const auto prepared = statements();
    if (!prepared)
        return prepared.error();
    Statement &q = (*prepared)->storedForSource;
    q.addBindValue(source);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot look up “%1”").arg(source), q.lastError());
    const auto finished = qScopeGuard([&q] { q.finish(); }); // no read left open between two calls
    if (!q.next())
        return std::optional<StoredPost>{};
    return std::optional<StoredPost>{StoredPost{q.value(0).toLongLong(), q.value(1).toString()}};
}

Result<QMultiHash<QString, qint64>> PostStore::idsByContentHash() const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT content_hash, id FROM post"_s))
        return Database::sqlError(Text::tr("Cannot look up a post"), q.lastError());
    QMultiHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<QList<PostSummary>> PostStore::summaries() const
{
    // Counts come from grouped passes over the comment and highlight indexes joined once, not a sub-query per post;
    // categories from one ordered pass merged in below. One statement per part keeps each a single snapshot.
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id, p.title, p.title_derived, p.published, p.author, p.word_count, "
                "coalesce(c.n, 0), coalesce(h.n, 0) FROM post p "
                "LEFT JOIN (SELECT post_id, count(*) AS n FROM comment GROUP BY post_id) c ON c.post_id = p.id "
                "LEFT JOIN (SELECT post_id, count(*) AS n FROM highlight GROUP BY post_id) h ON h.post_id = p.id "
                "ORDER BY p.id"_s)) {
        return Database::sqlError(Text::tr("Cannot list the posts"), q.lastError());
    }
    QList<PostSummary> list;
    while (q.next()) {
        PostSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.titleDerived = q.value(2).toInt() != 0;
        std::tie(s.published, s.publishedHasTime) = fromIso(q.value(3));
        s.author = q.value(4).toString();
        s.wordCount = q.value(5).toInt();
        s.commentCount = q.value(6).toInt();
        s.highlightCount = q.value(7).toInt();
        list << s;
    }

    // Both in id order: walk the list alongside. A post added since the first statement has no row to fill.
    if (!q.exec(u"SELECT pc.post_id, c.name FROM post_category pc JOIN category c ON c.id = pc.category_id "
                "ORDER BY pc.post_id, pc.position"_s)) {
        return Database::sqlError(Text::tr("Cannot list the posts"), q.lastError());
    }
    qsizetype row = 0;
    while (q.next()) {
        const qint64 postId = q.value(0).toLongLong();
        while (row < list.size() && list[row].id < postId)
            ++row;
        if (row == list.size())
            break;
        if (list[row].id == postId)
            list[row].categories << q.value(1).toString();
    }
    return list;
}

Result<int> PostStore::count() const
{
    Statement q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM post"_s) || !q.next())
        return Database::sqlError(Text::tr("Cannot count the posts"), q.lastError());
    return q.value(0).toInt();
}

Result<QString> PostStore::metaValue(const QString &key) const
{
    Statement q(m_db.connection());
    q.prepare(u"SELECT value FROM library_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the library settings"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status PostStore::setMetaValue(const QString &key, const QString &value)
{
    Statement q(m_db.connection());
    q.prepare(u"INSERT INTO library_meta (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot save the library settings"), q.lastError());
    return Ok{};
}
