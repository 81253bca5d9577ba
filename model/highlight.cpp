// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString stanceKey(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return u"supports"_s;
    case Stance::Challenges:
        return u"challenges"_s;
    case Stance::Example:
        return u"example"_s;
    }
    return {};
}

std::optional<Stance> stanceFromKey(const QString &key)
{
    for (Stance s : {Stance::Supports, Stance::Challenges, Stance::Example}) {
        if (stanceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString stanceLabel(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QCoreApplication::translate("Stance", "supports");
    case Stance::Challenges:
        return QCoreApplication::translate("Stance", "challenges");
    case Stance::Example:
        return QCoreApplication::translate("Stance", "example");
    }
    return {};
}

QString styleKey(Highlight::Style style)
{
    switch (style) {
    case Highlight::Style::Background:
        return u"background"_s;
    case Highlight::Style::Underline:
        return u"underline"_s;
    case Highlight::Style::StrikeThrough:
        return u"strikethrough"_s;
    }
    return {};
}

std::optional<Highlight::Style> styleFromKey(const QString &key)
{
    for (auto s : {Highlight::Style::Background, Highlight::Style::Underline, Highlight::Style::StrikeThrough}) {
        if (styleKey(s) == key)
            return s;
    }
    return std::nullopt;
}
