// SPDX-License-Identifier: Apache-2.0
#include "specdiffreport.h"

namespace {

constexpr qsizetype MaxValueLength = 60;

QString memberList(const Json &names)
{
    QStringList list;
    for (const Json &name : names)
        list << JsonUtil::toQString(name.get<std::string>());
    return list.join(QLatin1String(", "));
}

} // namespace

QString SpecDiffReport::sigil(SpecChange::Kind kind)
{
    switch (kind) {
    case SpecChange::Kind::Added: return QStringLiteral("+");
    case SpecChange::Kind::Removed: return QStringLiteral("-");
    case SpecChange::Kind::Changed: return QStringLiteral("~");
    case SpecChange::Kind::Moved: return QStringLiteral(">");
    case SpecChange::Kind::Reordered: return QStringLiteral("=");
    }
    return QString();
}

QString SpecDiffReport::valueText(const Json &value)
{
    const QString text = JsonUtil::toQString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() <= MaxValueLength)
        return text;
    if (value.is_object())
        return QStringLiteral("{\u2026}");
    if (value.is_array())
        return QStringLiteral("[\u2026]");
    return text.left(MaxValueLength - 1) + QChar(0x2026);
}

QString SpecDiffReport::pointerText(const JsonPointer &pointer)
{
    const QString text = JsonUtil::pointerString(pointer);
    //: Where a change is when it concerns the whole config (its empty JSON pointer).
    return text.isEmpty() ? tr("(top level)") : text;
}

QString SpecDiffReport::textLine(const SpecChange &change)
{
    QString what;
    switch (change.kind) {
    case SpecChange::Kind::Added: what = valueText(change.newValue); break;
    case SpecChange::Kind::Removed: what = valueText(change.oldValue); break;
    case SpecChange::Kind::Changed:
        what = valueText(change.oldValue) + QStringLiteral(" \u2192 ") + valueText(change.newValue);
        if (change.typeChanged()) {
            //: After a changed value whose JSON type changed: "(boolean → string)".
            what += QLatin1Char(' ')
                + tr("(%1 → %2)").arg(JsonUtil::typeName(change.oldValue), JsonUtil::typeName(change.newValue));
        }
        break;
    case SpecChange::Kind::Moved:
        //: A list element now elsewhere; %1 is the pointer where it was.
        what = tr("moved from %1").arg(pointerText(change.oldPointer));
        break;
    case SpecChange::Kind::Reordered:
        //: An object's members in another order; %1 and %2 list their names.
        what = tr("member order %1 → %2").arg(memberList(change.oldValue), memberList(change.newValue));
        break;
    }
    QString line = sigil(change.kind) + QLatin1Char(' ') + pointerText(change.pointer());
    if (!change.key.isEmpty())
        line += QStringLiteral(" (") + change.key + QLatin1Char(')');
    return line + QStringLiteral("  ") + change.title + QStringLiteral("  ") + what;
}

Json SpecDiffReport::toJson(const QList<SpecChange> &changes)
{
    Json list = Json::array();
    for (const SpecChange &change : changes) {
        Json object = Json::object();
        object["op"] = JsonUtil::toStd(SpecDiff::opName(change.kind));
        object["path"] = JsonUtil::toStd(JsonUtil::pointerString(change.pointer()));
        if (change.kind == SpecChange::Kind::Moved)
            object["from"] = JsonUtil::toStd(JsonUtil::pointerString(change.oldPointer));
        object["title"] = JsonUtil::toStd(change.title);
        object["location"] = JsonUtil::toStd(change.location);
        if (!change.key.isEmpty())
            object["key"] = JsonUtil::toStd(change.key);
        if (change.hasOldValue())
            object["old"] = change.oldValue;
        if (change.hasNewValue())
            object["new"] = change.newValue;
        list.push_back(std::move(object));
    }
    return list;
}
