// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

using namespace Qt::StringLiterals;

namespace Key {
const auto geometry = u"MainWindow/geometry"_s;
const auto state = u"MainWindow/state"_s;
const auto splitter = u"MainWindow/splitter"_s;
const auto listHeader = u"DocumentList/header"_s;
const auto zoom = u"Reader/zoom"_s;
const auto fontFamily = u"Reader/fontFamily"_s;
const auto fontSize = u"Reader/fontSize"_s;
const auto lineWidth = u"Reader/lineWidth"_s;
const auto lastPost = u"Reader/lastPost"_s;
const auto labels = u"Reader/showArgumentLabels"_s;
const auto colourScheme = u"Appearance/colourScheme"_s;
const auto highlightColour = u"Highlights/defaultColour"_s;
const auto language = u"Interface/language"_s;
const auto library = u"Library/path"_s;
const auto closedLibrary = u"Library/closedPath"_s;
const auto lastServer = u"Library/lastServer"_s;
const auto closedFingerprint = u"Library/closedFingerprint"_s;
} // namespace Key

namespace {

// Written as words, so the file stays readable and an unknown value falls back to the system's scheme.
constexpr std::pair<Settings::ColourScheme, const char16_t *> schemeNames[] = {
    {Settings::ColourScheme::System, u"system"},
    {Settings::ColourScheme::Light, u"light"},
    {Settings::ColourScheme::Dark, u"dark"},
};

} // namespace

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

QString Settings::readerFontFamily() const { return m_settings.value(Key::fontFamily).toString(); }
void Settings::setReaderFontFamily(const QString &family) { m_settings.setValue(Key::fontFamily, family); }

qreal Settings::readerFontSize() const
{
    const qreal points = m_settings.value(Key::fontSize, 0).toReal();
    return points >= 6 && points <= 72 ? points : 0;
}
void Settings::setReaderFontSize(qreal points) { m_settings.setValue(Key::fontSize, points); }

int Settings::readerLineWidth() const
{
    const int characters = m_settings.value(Key::lineWidth, 0).toInt();
    return characters >= 40 && characters <= 200 ? characters : 0;
}
void Settings::setReaderLineWidth(int characters) { m_settings.setValue(Key::lineWidth, characters); }

Settings::ColourScheme Settings::colourScheme() const
{
    const QString name = m_settings.value(Key::colourScheme).toString();
    for (const auto &[scheme, text] : schemeNames) {
        if (name == QStringView(text))
            return scheme;
    }
    return ColourScheme::System;
}

void Settings::setColourScheme(ColourScheme scheme)
{
    for (const auto &[s, text] : schemeNames) {
        if (s == scheme)
            m_settings.setValue(Key::colourScheme, QString::fromUtf16(text));
    }
}

QColor Settings::defaultHighlightColour() const
{
    return QColor::fromString(m_settings.value(Key::highlightColour).toString());
}

void Settings::setDefaultHighlightColour(const QColor &colour)
{
    m_settings.setValue(Key::highlightColour, colour.isValid() ? colour.name() : QString());
}

QString Settings::language() const { return m_settings.value(Key::language).toString(); }
void Settings::setLanguage(const QString &language) { m_settings.setValue(Key::language, language); }
QString Settings::libraryPath() const { return m_settings.value(Key::library).toString(); }
void Settings::setLibraryPath(const QString &path) { m_settings.setValue(Key::library, path); }

QString Settings::lastServerAddress() const { return m_settings.value(Key::lastServer).toString(); }
void Settings::setLastServerAddress(const QString &address) { m_settings.setValue(Key::lastServer, address); }
QString Settings::cleanCloseFingerprint(const QString &path) const
{
    return m_settings.value(Key::closedLibrary).toString() == path ? m_settings.value(Key::closedFingerprint).toString()
                                                                   : QString();
}

void Settings::setCleanCloseFingerprint(const QString &path, const QString &fingerprint)
{
    m_settings.setValue(Key::closedLibrary, path);
    m_settings.setValue(Key::closedFingerprint, fingerprint);
}

bool Settings::showArgumentLabels() const { return m_settings.value(Key::labels, false).toBool(); }
void Settings::setShowArgumentLabels(bool show) { m_settings.setValue(Key::labels, show); }
qint64 Settings::lastPostId() const { return m_settings.value(Key::lastPost, 0).toLongLong(); }
void Settings::setLastPostId(qint64 id) { m_settings.setValue(Key::lastPost, id); }
void Settings::sync() { m_settings.sync(); }
