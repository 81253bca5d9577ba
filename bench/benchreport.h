// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

class QTextStream;

// One measured figure, printed beside a baseline measured in the same run so that the ratio holds on a noisy
// machine even when the absolute time does not.
struct Figure
{
    QString id;
    QString label;
    QString unit;                 // "ms", "rows/s"
    std::optional<double> value;  // nullopt: not measurable yet (the feature does not exist)
    std::optional<double> goal;
    bool higherIsBetter = false;
    QString baselineLabel;
    std::optional<double> baseline;
    QString note;

    std::optional<double> ratio() const;
    bool meetsGoal() const;
};

class BenchReport
{
public:
    void add(const Figure &figure);
    void notAvailable(const QString &id, const QString &label, const QString &why);

    void print(QTextStream &out) const;
    // Both written through QSaveFile: a failed run never leaves half a file.
    bool writeJson(const QString &path, const QString &mode) const;
    bool writeMarkdown(const QString &path, const QString &mode) const;

private:
    QList<Figure> m_figures;
};

// Median wall time of fn over runs, in milliseconds.
template<typename Fn>
double medianMs(int runs, Fn &&fn)
{
    QList<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The value at fraction q (0.95 for p95) of sorted samples.
double percentile(QList<double> samples, double q);
