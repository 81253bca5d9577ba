// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString number(std::optional<double> v, const QString &unit = {})
{
    if (!v)
        return u"n/a"_s;
    const QString n = *v >= 100 ? QString::number(*v, 'f', 0) : QString::number(*v, 'f', 2);
    return unit.isEmpty() ? n : n + u' ' + unit;
}

QString machine()
{
    QString cpu;
    QFile info(u"/proc/cpuinfo"_s);
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return u"%1, %2 cores, %3"_s.arg(cpu, QString::number(QThread::idealThreadCount()), QSysInfo::prettyProductName());
}

} // namespace

std::optional<double> Figure::ratio() const
{
    if (!value || !baseline || *baseline == 0)
        return std::nullopt;
    return *value / *baseline;
}

bool Figure::meetsGoal() const
{
    if (!value || !goal)
        return true;
    return higherIsBetter ? *value >= *goal : *value <= *goal;
}

void BenchReport::add(const Figure &figure)
{
    m_figures << figure;
}

void BenchReport::notAvailable(const QString &id, const QString &label, const QString &why)
{
    Figure f;
    f.id = id;
    f.label = label;
    f.note = why;
    m_figures << f;
}

void BenchReport::print(QTextStream &out) const
{
    for (const Figure &f : m_figures) {
        out << f.label.leftJustified(58) << u' ' << number(f.value, f.unit).rightJustified(12);
        if (f.baseline) {
            out << u"   baseline "_s << number(f.baseline, f.unit) << u" ("_s << f.baselineLabel << u")   ratio "_s
                << number(f.ratio());
        }
        if (f.goal)
            out << u"   goal "_s << number(f.goal, f.unit) << (f.meetsGoal() ? u" ok"_s : u" MISSED"_s);
        if (!f.note.isEmpty())
            out << u"   — "_s << f.note;
        out << u'\n';
    }
    out.flush();
}

bool BenchReport::writeJson(const QString &path, const QString &mode) const
{
    QJsonArray figures;
    for (const Figure &f : m_figures) {
        QJsonObject o{{u"id"_s, f.id}, {u"label"_s, f.label}, {u"unit"_s, f.unit}, {u"note"_s, f.note}};
        o.insert(u"value"_s, f.value ? QJsonValue(*f.value) : QJsonValue());
        o.insert(u"baseline"_s, f.baseline ? QJsonValue(*f.baseline) : QJsonValue());
        o.insert(u"baseline_label"_s, f.baselineLabel);
        o.insert(u"ratio"_s, f.ratio() ? QJsonValue(*f.ratio()) : QJsonValue());
        o.insert(u"goal"_s, f.goal ? QJsonValue(*f.goal) : QJsonValue());
        o.insert(u"meets_goal"_s, f.meetsGoal());
        figures.append(o);
    }
    const QJsonObject root{{u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"machine"_s, machine()},
                           {u"mode"_s, mode},
                           {u"figures"_s, figures}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}

bool BenchReport::writeMarkdown(const QString &path, const QString &mode) const
{
    QString text;
    QTextStream out(&text);
    out << u"# Gloss performance\n\n"_s
        << u"Written by `scripts/bench` ("_s << mode << u" run) on "_s << QDate::currentDate().toString(Qt::ISODate)
        << u", "_s << machine() << u".\n"_s
        << u"Every figure is measured beside a baseline in the same run; the ratio is what to compare across "_s
           u"machines. Causes of misses, changes and before/after figures: [PERFORMANCE-NOTES.md](PERFORMANCE-NOTES.md).\n\n"_s
        << u"| figure | value | baseline (same run) | ratio | goal | |\n|---|---|---|---|---|---|\n"_s;
    for (const Figure &f : m_figures) {
        out << u"| "_s << f.label << u" | "_s << number(f.value, f.unit) << u" | "_s
            << (f.baseline ? number(f.baseline, f.unit) + u" ("_s + f.baselineLabel + u')' : u"—"_s) << u" | "_s
            << (f.ratio() ? number(f.ratio()) : u"—"_s) << u" | "_s << (f.goal ? number(f.goal, f.unit) : u"—"_s)
            << u" | "_s << (!f.value ? f.note : (f.meetsGoal() ? u"ok"_s : u"**missed**"_s)) << u" |\n"_s;
    }
    out.flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

double percentile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto i = std::min<qsizetype>(samples.size() - 1, qsizetype(q * double(samples.size())));
    return samples[i];
}
