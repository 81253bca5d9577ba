// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QSettings>

// Typed access to Gloss's settings; no string keys anywhere else.
class Settings
{
public:
    enum class ColourScheme { System, Light, Dark };

    // The user's settings file (~/.config/gloss/gloss.ini on Linux).
    Settings();
    // A settings file of its own, for tests.
    explicit Settings(const QString &fileName);
    Q_DISABLE_COPY_MOVE(Settings)

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &value);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    QByteArray documentListHeaderState() const;
    void setDocumentListHeaderState(const QByteArray &value);

    // Steps of zoom from the normal reader size (negative: smaller).
    int readerZoom() const;
    void setReaderZoom(int steps);

    // The reader's font family; empty: the system's font.
    QString readerFontFamily() const;
    void setReaderFontFamily(const QString &family);
    // The reader's font size in points before zoom; 0: the system's size.
    qreal readerFontSize() const;
    void setReaderFontSize(qreal points);
    // The longest line of the reader, in average characters; 0: as wide as the window.
    int readerLineWidth() const;
    void setReaderLineWidth(int characters);

    ColourScheme colourScheme() const;
    void setColourScheme(ColourScheme scheme);

    // The colour a new highlight gets when no colour is picked; invalid: its first argument's colour.
    QColor defaultHighlightColour() const;
    void setDefaultHighlightColour(const QColor &colour);

    // The interface language as a locale name ("de", "fr", "en"); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

    // The library Gloss opens when no --database is given; empty: the default one.
    QString libraryPath() const;
    void setLibraryPath(const QString &path);

    // The team library address last connected to (ServerUrl::display(): never a password); empty: none yet.
    QString lastServerAddress() const;
    void setLastServerAddress(const QString &address);

    // How the library at path looked when Gloss last closed it cleanly (Database::cleanCloseFingerprint); empty
    // when that was another library, or after a crash.
    QString cleanCloseFingerprint(const QString &path) const;
    void setCleanCloseFingerprint(const QString &path, const QString &fingerprint);

    bool showArgumentLabels() const;
    void setShowArgumentLabels(bool show);

    qint64 lastPostId() const;
    void setLastPostId(qint64 id);

    void sync();

private:
    QSettings m_settings;
};
