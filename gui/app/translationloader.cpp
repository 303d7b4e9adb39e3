#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QList<TranslationLoader::Language> TranslationLoader::available()
{
    // Native names: a user who cannot read the current language still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QLocale TranslationLoader::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString TranslationLoader::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = localeFor(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");

    auto own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("oci-bundle-editor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    auto qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}
