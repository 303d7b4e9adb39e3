// SPDX-License-Identifier: Apache-2.0
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QList<TranslationLoader::Language> TranslationLoader::available()
{
    // Native names: a user who cannot read the current language still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QLocale TranslationLoader::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString TranslationLoader::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = localeFor(code);
    auto own = new QTranslator(app);
    // English is the source language; its file only holds plural forms, and
    // it is also the fallback for languages without a translation.
    if (!own->load(locale, QStringLiteral("oci-bundle-editor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral(":/i18n/oci-bundle-editor_en.qm"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    const QString language = own->language().section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("en"))
        return language;

    auto qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return language;
}
