// SPDX-License-Identifier: GPL-3.0-or-later
// The process tst_crashsafety starts, kills and starts again: random highlight, tag and note edits through the
// real stores (HighlightStore behind AnnotationEditor and a QUndoStack), as fast as it can.
//
//   crashchild DATABASE POST_ID TAG_IDS SEED EDITS
//
// TAG_IDS is a comma-separated list; EDITS 0 means "until killed". On stdout, one line each, written straight to
// the pipe (no buffering) so that what the parent reads is exactly what was done when it killed us:
//   ready                   the library is open, edits follow
//   ? ID | ? new            an edit of highlight ID (or a new one) is about to be made
//   = ID STATE              the store call returned: highlight ID is now STATE (CrashProtocol::stateOf, or "-")
//   ! MESSAGE               an edit failed (the library refused it); the state line still follows
// Exit status: 0 after EDITS edits, 1 when the library cannot be opened.

#include "annotationeditor.h"
#include "crashprotocol.h"
#include "database.h"
#include "highlightstore.h"
#include "poststore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <random>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    qsizetype written = 0;
    while (written < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + written, size_t(out.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        say("! usage: crashchild DATABASE POST_ID TAG_IDS SEED EDITS");
        return 2;
    }
    const QString path = args[1];
    const qint64 postId = args[2].toLongLong();
    QList<qint64> tagIds;
    for (const QString &id : args[3].split(u',', Qt::SkipEmptyParts))
        tagIds << id.toLongLong();
    std::mt19937 random(args[4].toUInt());
    const int edits = args[5].toInt();

    auto opened = Database::openSqlite(path);
    if (!opened) {
        say("! " + opened.error().message.toUtf8());
        return 1;
    }
    Database &db = **opened;
    HighlightStore store(db);
    PostStore posts(db);
    const auto post = posts.post(postId);
    const auto existing = store.forPost(postId);
    if (!post || !existing || tagIds.isEmpty()) {
        say("! the library has no such post or tags");
        return 1;
    }
    const QString text = post->anchorText();
    QList<qint64> live;
    for (const Highlight &h : *existing)
        live << h.id;

    QUndoStack stack;
    AnnotationEditor editor(store, &stack);
    QObject::connect(&editor, &AnnotationEditor::errorOccurred, &editor,
                     [](const QString &message) { say("! " + message.toUtf8()); });
    // The highlight each command on the stack is about, by stack index, to name what undo and redo will touch.
    // An edit that changed nothing pushes nothing, and a merged note edit is about the same highlight, so only a
    // move of the stack's index means a new command.
    QList<qint64> commandIds;
    int indexBefore = 0;
    const auto pushed = [&](qint64 id) {
        if (stack.index() == indexBefore)
            return;
        commandIds.resize(stack.index());
        commandIds[stack.index() - 1] = id;
    };
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const auto note = [&] {
        static const QStringList words{u"price"_s, u"tax"_s, u"„quoted“"_s, u"line\nbreak"_s, u"ünïcödé"_s,
                                       u"=SUM(A1)"_s, u"**bold**"_s, u"🙂"_s, u"'; DROP TABLE highlight; --"_s};
        QString n;
        for (int i = pick(6); i >= 0; --i)
            n += words[pick(int(words.size()))] + u' ';
        return n;
    };
    const auto tags = [&] {
        QList<Tagging> t;
        for (int i = pick(3); i > 0; --i) {
            const qint64 id = tagIds[pick(int(tagIds.size()))];
            if (std::ranges::none_of(t, [&](const Tagging &x) { return x.tagId == id; }))
                t << Tagging{id, Stance(pick(3))};
        }
        return t;
    };
    const auto report = [&](qint64 id) {
        const auto h = store.highlight(id);
        say("= " + QByteArray::number(id) + ' ' + (h ? CrashProtocol::stateOf(*h) : CrashProtocol::absent));
        if (h && !live.contains(id))
            live << id;
        else if (!h)
            live.removeAll(id);
    };

    say("ready");
    for (int done = 0; edits == 0 || done < edits; ++done) {
        // Adds outnumber removals until the post has a few dozen highlights, then they balance, so that the library
        // (and the parent's check after every kill) stays small however many kills there are.
        const int what = live.isEmpty() ? 0 : pick(100);
        const int adds = live.size() < 40 ? 30 : 8;
        indexBefore = stack.index();
        if (what < adds) {
            Highlight h;
            h.postId = postId;
            const int start = pick(int(text.size()) - 20);
            h.anchor = AnchorResolver::anchorFor(text, start, start + 1 + pick(19));
            h.note = note();
            h.tags = tags();
            say("? new");
            const auto id = editor.addHighlight(h);
            if (!id) {
                say("! " + id.error().message.toUtf8());
                continue;
            }
            pushed(*id);
            report(*id);
        } else if (what < 50) {
            const qint64 id = live[pick(int(live.size()))];
            say("? " + QByteArray::number(id));
            const auto before = store.highlight(id);
            if (Status s = before ? editor.editNote(id, note(), before->version, before->note) : before.error(); !s)
                say("! " + s.error().message.toUtf8());
            else
                pushed(id);
            report(id);
        } else if (what < 65) {
            const qint64 id = live[pick(int(live.size()))];
            auto h = store.highlight(id);
            if (!h)
                continue;
            h->tags = tags();
            h->style = Highlight::Style(pick(3));
            h->colour = pick(2) ? QColor::fromRgb(random() & 0xffffff) : QColor();
            say("? " + QByteArray::number(id));
            if (Status s = editor.editHighlight(*h, u"Edit"_s); !s)
                say("! " + s.error().message.toUtf8());
            else
                pushed(id);
            report(id);
        } else if (what < 80 || (what < 90 && adds < 30)) {
            const qint64 id = live[pick(int(live.size()))];
            say("? " + QByteArray::number(id));
            if (Status s = editor.removeHighlight(id); !s)
                say("! " + s.error().message.toUtf8());
            else
                pushed(id);
            report(id);
        } else if (what < 92 && stack.canUndo()) {
            const qint64 id = commandIds.value(stack.index() - 1);
            say("? " + QByteArray::number(id));
            stack.undo();
            report(id);
        } else if (stack.canRedo()) {
            const qint64 id = commandIds.value(stack.index());
            say("? " + QByteArray::number(id));
            stack.redo();
            report(id);
        }
    }
    return 0;
}
