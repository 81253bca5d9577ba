// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledlibrary.h"

#include "postparser.h"
#include "poststore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

const auto firstStartKey = u"bundled_posts_imported"_s;

QString resourceDir()
{
    return u":/posts"_s;
}

} // namespace

QStringList BundledLibrary::sources()
{
    QStringList list;
    for (const QString &name : QDir(resourceDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        list << u"bundled:"_s + name;
    return list;
}

Result<int> BundledLibrary::importOnFirstStart(PostStore &store)
{
    const Result<QString> done = store.metaValue(firstStartKey);
    if (!done)
        return done.error();
    if (!done->isEmpty())
        return 0;

    QList<Post> posts;
    const QDir dir(resourceDir());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString source = u"bundled:"_s + name;
        // A first start cut short after the posts were written must not add them twice.
        const auto existing = store.idForSource(source);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::Io,
                         QCoreApplication::translate("BundledLibrary", "The bundled post %1 is missing from this build.")
                             .arg(name)};
        }
        posts << PostParser::parse(QString::fromUtf8(file.readAll()), source);
    }
    const auto added = store.add(posts);
    if (!added)
        return added.error();
    if (Status marked = store.setMetaValue(firstStartKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !marked) {
        return marked.error();
    }
    return int(added->size());
}
