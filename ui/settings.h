// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>

// Typed access to Gloss's settings; no string keys anywhere else.
class Settings
{
public:
    // The user's settings file (~/.config/gloss/gloss.conf on Linux).
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

    bool showArgumentLabels() const;
    void setShowArgumentLabels(bool show);

    qint64 lastPostId() const;
    void setLastPostId(qint64 id);

    void sync();

private:
    QSettings m_settings;
};
