// SPDX-License-Identifier: Apache-2.0
// The languages: each one offered in Preferences loads, with Qt's own
// strings beside it, and the window's words change with it.
#include "app/preferencesdialog.h"
#include "application/translationloader.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class tst_TranslationLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void loads_data();
    void loads();
    void preferencesOfferEveryLanguage();

private:
    QTemporaryDir m_settings;
};

void tst_TranslationLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void tst_TranslationLoader::cleanup()
{
    // Each row starts from the source language.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

void tst_TranslationLoader::loads_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("loaded");
    QTest::addColumn<QString>("file");       // MainWindow's "&File"
    QTest::addColumn<QString>("qtCancel");   // Qt's own button, from qtbase's translation
    QTest::newRow("German") << "de" << "de" << "&Datei" << "Abbrechen";
    QTest::newRow("French") << "fr" << "fr" << "&Fichier" << "Annuler";
    QTest::newRow("Japanese") << "ja" << "ja" << "ファイル(&F)" << "キャンセル";
    QTest::newRow("English") << "en" << "en" << "&File" << "Cancel";
    QTest::newRow("a language without a translation") << "sw" << "en" << "&File" << "Cancel";
}

void tst_TranslationLoader::loads()
{
    QFETCH(QString, code);
    QFETCH(QString, loaded);
    QFETCH(QString, file);
    QFETCH(QString, qtCancel);
    QCOMPARE(TranslationLoader::install(qApp, code), loaded);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    // Plural forms: one in Japanese, two in the others.
    const QString errors = QCoreApplication::translate("ValidationPanel", "%n error(s)", nullptr, 2);
    QVERIFY2(errors.contains(QLatin1Char('2')) && !errors.contains(QLatin1String("(s)")), qPrintable(errors));
}

void tst_TranslationLoader::preferencesOfferEveryLanguage()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes << combo->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QString(), "en", "de", "fr", "ja"}));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("ja"))), QStringLiteral("日本語"));
}

QTEST_MAIN(tst_TranslationLoader)
#include "tst_translationloader.moc"
