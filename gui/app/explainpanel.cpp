// SPDX-License-Identifier: Apache-2.0
#include "explainpanel.h"

#include "ocispec/speccatalogue.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString allowedValues(const FieldInfo &field)
{
    QStringList values;
    for (const char *value : field.allowed)
        values << QString::fromUtf8(value);
    if (values.isEmpty())
        return {};
    const QString list = values.join(QLatin1String(", "));
    return field.openEnum ? ExplainPanel::tr("%1 (others are passed on as they are)").arg(list) : list;
}

// Some fields are required on a few platforms only, uid not on Windows.
QString requiredness(const FieldInfo &field)
{
    if (!field.required)
        return {};
    if (field.requiredOn == kAllPlatforms)
        return ExplainPanel::tr("yes");
    return ExplainPanel::tr("yes, on %1").arg(SpecCatalogue::platformNames(field.requiredOn).join(QLatin1String(", ")));
}

} // namespace

ExplainPanel::ExplainPanel(QWidget *parent) : QWidget(parent), m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setAccessibleName(tr("Explanation"));
    m_text->setAccessibleDescription(tr("What the field in focus means and what runtimes do with it"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const std::optional<ConceptTopic> topic = ConceptTopics::topicOfUrl(url))
            Q_EMIT conceptRequested(*topic);
    });
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Click into a field to see what it means.").toHtmlEscaped()));
}

QString ExplainPanel::plainText() const
{
    return m_text->toPlainText();
}

void ExplainPanel::showPointer(const JsonPointer &pointer)
{
    m_pointer = pointer;
    m_text->setHtml(describe(pointer));
}

QString ExplainPanel::describe(const JsonPointer &pointer)
{
    const FieldInfo *field = SpecCatalogue::instance().lookup(pointer);
    if (field)
        return describeField(*field, pointer);
    const QString where = pointer.empty() ? tr("(document)") : JsonUtil::pointerString(pointer);
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(where.toHtmlEscaped(),
             tr("This field is not part of the runtime specification; it may belong to a runtime or "
                "tool that added it. The editor keeps it exactly as it is.")
                 .toHtmlEscaped());
}

QString ExplainPanel::describeField(const FieldInfo &field, const JsonPointer &pointer)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(SpecCatalogue::title(field).toHtmlEscaped());
    const QString summary = SpecCatalogue::summary(field);
    if (!summary.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(summary.toHtmlEscaped());
    const QString explanation = SpecCatalogue::explanation(field);
    if (!explanation.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(explanation.toHtmlEscaped());
    if (field.deprecated)
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(tr("Deprecated: avoid it in new configurations.").toHtmlEscaped());

    QString since = SpecVersions::toString(field.since);
    if (field.removedIn)
        since = tr("%1, removed in %2").arg(since, SpecVersions::toString(*field.removedIn));
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Location"), pointer.empty() ? tr("(document)") : JsonUtil::pointerString(pointer));
    html += row(tr("Type"), SpecCatalogue::typeDescription(field));
    html += row(tr("Allowed values"), allowedValues(field));
    html += row(tr("Default"), field.defaultValue ? QString::fromUtf8(field.defaultValue) : QString());
    html += row(tr("Unit"), SpecCatalogue::unitName(field.unit));
    html += row(tr("Required"), requiredness(field));
    html += row(tr("Since"), tr("runtime-spec %1").arg(since));
    html += row(tr("Spec section"), SpecCatalogue::section(field));
    html += QStringLiteral("</table>");
    if (const std::optional<ConceptTopic> topic = ConceptTopics::forPointer(pointer)) {
        //: %1 is a Learn OCI page, e.g. "Namespaces".
        const QString text = tr("Learn more: %1").arg(ConceptTopics::title(*topic));
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(ConceptTopics::topicUrl(*topic).toString(), text.toHtmlEscaped());
    }
    return html;
}
