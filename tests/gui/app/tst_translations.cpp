// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Holds the German translation to its promise: every message translated,
// with the same placeholders and a mnemonic wherever the source has one.
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
    QFile file(QStringLiteral(OBE_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
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
            if (message.numerusForms.size() == 2) {
                message.translation = message.numerusForms.join(QLatin1Char('|'));
                m_messages.append(message);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_messages.size() > 100);
}

void TestTranslations::messages_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("plural");
    for (const Message &message : std::as_const(m_messages)) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        const QString row = message.context + QLatin1String(": ") + message.source.left(60);
        QTest::newRow(qPrintable(row)) << message.source << message.translation << message.type << message.plural;
    }
}

void TestTranslations::messages()
{
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
