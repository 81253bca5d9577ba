// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

using namespace Qt::StringLiterals;

namespace Key {
const auto geometry = u"MainWindow/geometry"_s;
const auto state = u"MainWindow/state"_s;
const auto splitter = u"MainWindow/splitter"_s;
const auto listHeader = u"DocumentList/header"_s;
const auto zoom = u"Reader/zoom"_s;
const auto lastPost = u"Reader/lastPost"_s;
const auto labels = u"Reader/showArgumentLabels"_s;
} // namespace Key

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, u"gloss"_s, u"gloss"_s)
{
}

Settings::Settings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QByteArray Settings::mainWindowGeometry() const { return m_settings.value(Key::geometry).toByteArray(); }
void Settings::setMainWindowGeometry(const QByteArray &value) { m_settings.setValue(Key::geometry, value); }
QByteArray Settings::mainWindowState() const { return m_settings.value(Key::state).toByteArray(); }
void Settings::setMainWindowState(const QByteArray &value) { m_settings.setValue(Key::state, value); }
QByteArray Settings::splitterState() const { return m_settings.value(Key::splitter).toByteArray(); }
void Settings::setSplitterState(const QByteArray &value) { m_settings.setValue(Key::splitter, value); }
QByteArray Settings::documentListHeaderState() const { return m_settings.value(Key::listHeader).toByteArray(); }
void Settings::setDocumentListHeaderState(const QByteArray &value) { m_settings.setValue(Key::listHeader, value); }
int Settings::readerZoom() const { return std::clamp(m_settings.value(Key::zoom, 0).toInt(), -8, 20); }
void Settings::setReaderZoom(int steps) { m_settings.setValue(Key::zoom, steps); }
bool Settings::showArgumentLabels() const { return m_settings.value(Key::labels, false).toBool(); }
void Settings::setShowArgumentLabels(bool show) { m_settings.setValue(Key::labels, show); }
qint64 Settings::lastPostId() const { return m_settings.value(Key::lastPost, 0).toLongLong(); }
void Settings::setLastPostId(qint64 id) { m_settings.setValue(Key::lastPost, id); }
void Settings::sync() { m_settings.sync(); }
