#include "bundletemplates.h"

#include "document/specfile.h"
#include "ocispec/elfheader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace {

struct TemplateText
{
    const char *id;
    const char *title;
    const char *description;
};

const TemplateText templateTexts[] = {
    {"runc", QT_TRANSLATE_NOOP("BundleTemplates", "runc default"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "The configuration `runc spec` writes: a shell with a terminal, the usual "
                       "mounts and namespaces, and a read-only rootfs you provide.")},
    {"rootless", QT_TRANSLATE_NOOP("BundleTemplates", "Rootless"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "The configuration `runc spec --rootless` writes: a user namespace that maps "
                       "root in the container to your own user, for running without privileges.")},
    {"demo", QT_TRANSLATE_NOOP("BundleTemplates", "Busybox demo"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "A complete bundle that runs at once: busybox greets you and counts to three, "
                       "with a memory and process limit, a tmpfs on /tmp and a read-only root.")},
};

// True when the ELF file has no program interpreter, i.e. needs no shared
// libraries. Debian's dynamically linked busybox would not start in a rootfs
// that holds nothing else.
bool isStaticExecutable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const ElfHeader header = ElfHeader::read(&file);
    return header.isValid() && header.isProgram() && header.interpreter().isEmpty();
}

Result<void> makeBusyboxRootfs(const QString &bundleDirectory)
{
    const QString busybox = QString::fromLatin1(BundleTemplates::BusyboxPath);
    if (!QFileInfo(busybox).isExecutable()) {
        return Result<void>::failure(
            QCoreApplication::translate("BundleTemplates", "The demo needs %1 from the Debian package busybox-static; install it with "
               "\"apt install busybox-static\".").arg(busybox));
    }
    if (!isStaticExecutable(busybox)) {
        return Result<void>::failure(
            QCoreApplication::translate("BundleTemplates", "%1 is not statically linked, so it cannot run alone in the demo's rootfs; install "
               "the Debian package busybox-static instead of busybox.").arg(busybox));
    }

    QProcess list;
    list.start(busybox, {QStringLiteral("--list")});
    if (!list.waitForFinished(10000) || list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0)
        return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot list the applets of %1: %2").arg(busybox, list.errorString()));
    const QStringList applets = QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    const QDir rootfs(QDir(bundleDirectory).filePath(QStringLiteral("rootfs")));
    // Mount points of the demo's mounts, and a home for root.
    for (const char *dir : {"bin", "proc", "dev", "sys", "tmp", "root"}) {
        if (!rootfs.mkpath(QLatin1String(dir)))
            return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot create %1.").arg(rootfs.filePath(QLatin1String(dir))));
    }
    const QString target = rootfs.filePath(QStringLiteral("bin/busybox"));
    QFile::remove(target);
    QFile source(busybox);
    if (!source.copy(target))
        return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot copy %1 to %2: %3").arg(busybox, target, source.errorString()));
    for (const QString &applet : applets) {
        if (applet == QLatin1String("busybox") || applet.contains(QLatin1Char('/')))
            continue;
        const QString link = rootfs.filePath(QStringLiteral("bin/") + applet);
        QFile::remove(link);
        if (!QFile::link(QStringLiteral("busybox"), link))
            return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot create the link %1.").arg(link));
    }
    return {};
}

// Puts the current user's IDs into the rootless template's mappings.
void mapCurrentUser(Json &root)
{
    for (const auto &[pointer, id] : {std::pair{"/linux/uidMappings/0/hostID", quint64(::getuid())},
                                      std::pair{"/linux/gidMappings/0/hostID", quint64(::getgid())}}) {
        if (Json *hostId = JsonUtil::find(root, JsonPointer(pointer)))
            *hostId = id;
    }
}

} // namespace

QList<BundleTemplates::Template> BundleTemplates::all()
{
    QList<Template> list;
    for (const TemplateText &text : templateTexts)
        list.append({QLatin1String(text.id), QCoreApplication::translate("BundleTemplates", text.title), QCoreApplication::translate("BundleTemplates", text.description)});
    return list;
}

QStringList BundleTemplates::ids()
{
    QStringList list;
    for (const TemplateText &text : templateTexts)
        list.append(QLatin1String(text.id));
    return list;
}

Result<QByteArray> BundleTemplates::configData(const QString &id)
{
    if (!ids().contains(id)) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("BundleTemplates", "There is no template \"%1\"; choose one of %2.").arg(id, ids().join(QStringLiteral(", "))));
    }
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QCoreApplication::translate("BundleTemplates", "Cannot read the template %1: %2").arg(id, file.errorString()));
    return file.readAll();
}

Result<QString> BundleTemplates::create(const QString &id, const QString &directory)
{
    const Result<QByteArray> data = configData(id);
    if (!data)
        return Result<QString>::failure(data.error());
    const QDir dir(directory);
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(configPath))
        return Result<QString>::failure(QCoreApplication::translate("BundleTemplates", "%1 already exists; it is left as it is.").arg(QDir::toNativeSeparators(configPath)));
    if (!dir.mkpath(QStringLiteral(".")))
        return Result<QString>::failure(QCoreApplication::translate("BundleTemplates", "Cannot create the directory %1.").arg(QDir::toNativeSeparators(directory)));

    SpecFile file;
    if (!file.parse(data.value(), id))
        return Result<QString>::failure(file.errorString());
    if (id == QLatin1String("rootless"))
        mapCurrentUser(file.root());
    if (id == QLatin1String("demo")) {
        // The rootfs first: if it fails there is no config.json to trip over.
        const Result<void> rootfs = makeBusyboxRootfs(directory);
        if (!rootfs)
            return Result<QString>::failure(rootfs.error());
    }
    if (!file.write(configPath))
        return Result<QString>::failure(file.errorString());
    return QFileInfo(configPath).absoluteFilePath();
}
