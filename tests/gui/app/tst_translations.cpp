// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Holds each translation (German, French, Japanese) to its promise: every
// message translated, as many plural forms as the language has, the same
// placeholders, and a mnemonic wherever the source has one.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messages_data();
    void messages();

private:
    struct Message
    {
        QString language;
        QString context;
        QString source;
        QString translation;
        QString type;
        bool plural = false;
        QStringList numerusForms;
    };
    QList<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    for (const char *language : {"de", "fr", "ja"}) {
        QFile file(QStringLiteral(OBE_TS_DIR "/oci-bundle-editor_%1.ts").arg(QLatin1String(language)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        Message message;
        const qsizetype before = m_messages.size();
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("translation") && message.plural) {
                message.translation = message.numerusForms.join(QLatin1Char('|'));
                m_messages.append(message);
            }
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                const QString target = xml.attributes().value(QLatin1String("language")).toString();
                QVERIFY2(target.startsWith(QLatin1String(language)), qPrintable(target));
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.language = QLatin1String(language);
                message.context = context;
                message.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.plural) {
                    message.translation = xml.readElementText();
                    m_messages.append(message);
                }
            } else if (name == QLatin1String("numerusform")) {
                message.numerusForms << xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(m_messages.size() - before > 100, language);
    }
}

void TestTranslations::messages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("plural");
    for (const Message &message : std::as_const(m_messages)) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        const QString row = message.language + QLatin1Char('/') + message.context + QLatin1String(": ")
            + message.source.left(60);
        QTest::newRow(qPrintable(row)) << message.language << message.source << message.translation << message.type << message.plural;
    }
}

void TestTranslations::messages()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, type);
    QFETCH(bool, plural);

    QVERIFY2(type != QLatin1String("unfinished"), "not translated yet");
    QVERIFY(!translation.trimmed().isEmpty());

    // Every %1, %2... of the source must survive; %n too in plural forms.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> expected;
    for (auto it = placeholder.globalMatch(source); it.hasNext();)
        expected.insert(it.next().captured());
    const QStringList forms = plural ? translation.split(QLatin1Char('|')) : QStringList{translation};
    // Japanese has one plural form; German and French two.
    if (plural)
        QCOMPARE(forms.size(), language == QLatin1String("ja") ? 1 : 2);
    for (const QString &form : forms) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(form); it.hasNext();)
            found.insert(it.next().captured());
        if (plural && !source.contains(QLatin1String("%n")))
            found.remove(QStringLiteral("%n"));
        QCOMPARE(found, expected);
    }

    // A mnemonic in the source needs one in the translation ("&&" is a literal ampersand).
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)\\w"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    if (source.contains(mnemonic))
        QVERIFY2(translation.contains(mnemonic), qPrintable(translation));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
