// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the application's translation and Qt's own for one language.
// The application's .qm files are compiled into the executable under
// :/i18n by qt_add_translations.
class TranslationLoader
{
public:
    // The languages offered in the preferences: code and native name.
    struct Language
    {
        QString code;
        QString name;
    };
    static QList<Language> available();

    // code "" means the system locale. Returns the language actually
    // loaded ("en" when nothing was needed or found).
    static QString install(QCoreApplication *app, const QString &code);

private:
    static QLocale localeFor(const QString &code);
};
