// SPDX-License-Identifier: Apache-2.0
#include "ocispec/speccatalogue.h"
#include "markingtranslator.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>

namespace {

const QString kDebianSchema = QStringLiteral("/usr/share/gocode/src/github.com/opencontainers/runtime-spec/schema");
const QString kReferenceSchema = QStringLiteral(OBE_SHARED_REFERENCE "/schema");

// What the official schema says about one pointer pattern.
struct SchemaProperty
{
    QSet<QString> types;
    QStringList enumValues;
    nlohmann::json minimum;
    nlohmann::json maximum;
    bool required = false; // listed in its parent's "required"
};

// Reads the official JSON schema (draft-04, split over several files) and
// lists every property it describes as a catalogue-style pattern, following
// $ref across files as well as allOf/anyOf/oneOf, items and map values.
class SchemaWalker
{
public:
    explicit SchemaWalker(const QString &dir) : m_dir(dir) { }

    bool walk(QString *error)
    {
        const nlohmann::json *root = file("config-schema.json", error);
        if (!root)
            return false;
        visit(*root, "config-schema.json", "", 0, error);
        return error->isEmpty();
    }

    const std::map<std::string, SchemaProperty> &properties() const { return m_properties; }

private:
    const nlohmann::json *file(const std::string &name, QString *error)
    {
        auto it = m_files.find(name);
        if (it != m_files.end())
            return &it->second;
        QFile f(m_dir + QLatin1Char('/') + QString::fromStdString(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return nullptr;
        }
        const QByteArray data = f.readAll();
        nlohmann::json parsed = nlohmann::json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
        if (parsed.is_discarded()) {
            *error = QStringLiteral("cannot parse %1").arg(f.fileName());
            return nullptr;
        }
        return &m_files.emplace(name, std::move(parsed)).first->second;
    }

    void record(const nlohmann::json &node, const std::string &pattern)
    {
        SchemaProperty &property = m_properties[pattern];
        if (const auto type = node.find("type"); type != node.end()) {
            if (type->is_string()) {
                property.types.insert(QString::fromStdString(type->get<std::string>()));
            } else if (type->is_array()) {
                for (const auto &t : *type)
                    property.types.insert(QString::fromStdString(t.get<std::string>()));
            }
        }
        if (const auto values = node.find("enum"); values != node.end()) {
            for (const auto &v : *values)
                property.enumValues << QString::fromStdString(v.is_string() ? v.get<std::string>() : v.dump());
        }
        if (node.contains("minimum"))
            property.minimum = node["minimum"];
        if (node.contains("maximum"))
            property.maximum = node["maximum"];
        if (const auto required = node.find("required"); required != node.end() && required->is_array()) {
            for (const auto &name : *required)
                m_properties[pattern + "/" + name.get<std::string>()].required = true;
        }
    }

    void visit(const nlohmann::json &node, const std::string &fileName, const std::string &pattern, int depth,
               QString *error)
    {
        if (!node.is_object() || depth > 40 || !error->isEmpty())
            return;
        record(node, pattern);
        if (const auto ref = node.find("$ref"); ref != node.end()) {
            std::string target = ref->get<std::string>();
            const size_t hash = target.find('#');
            const std::string targetFile = hash == 0 ? fileName : target.substr(0, hash);
            std::string pointer = hash == std::string::npos ? std::string() : target.substr(hash + 1);
            if (!pointer.empty() && pointer.front() != '/')
                pointer.insert(0, "/"); // the schema has one "#definitions/..." reference
            const nlohmann::json *document = file(targetFile, error);
            if (!document)
                return;
            const nlohmann::json::json_pointer jp(pointer);
            if (!document->contains(jp)) {
                *error = QStringLiteral("dangling $ref %1").arg(QString::fromStdString(target));
                return;
            }
            visit(document->at(jp), targetFile, pattern, depth + 1, error);
        }
        for (const char *combinator : {"allOf", "anyOf", "oneOf"}) {
            if (const auto list = node.find(combinator); list != node.end()) {
                for (const auto &sub : *list)
                    visit(sub, fileName, pattern, depth + 1, error);
            }
        }
        if (const auto props = node.find("properties"); props != node.end()) {
            for (auto it = props->begin(); it != props->end(); ++it) {
                visit(it.value(), fileName, pattern + "/" + it.key(), depth + 1, error);
            }
        }
        if (const auto patterns = node.find("patternProperties"); patterns != node.end()) {
            for (auto it = patterns->begin(); it != patterns->end(); ++it)
                visit(it.value(), fileName, pattern + "/{}", depth + 1, error);
        }
        if (const auto extra = node.find("additionalProperties"); extra != node.end() && extra->is_object())
            visit(*extra, fileName, pattern + "/{}", depth + 1, error);
        if (const auto items = node.find("items"); items != node.end()) {
            if (items->is_object()) {
                visit(*items, fileName, pattern + "/*", depth + 1, error);
            } else if (items->is_array()) {
                for (const auto &item : *items)
                    visit(item, fileName, pattern + "/*", depth + 1, error);
            }
        }
    }

    QString m_dir;
    std::map<std::string, nlohmann::json> m_files;
    std::map<std::string, SchemaProperty> m_properties;
};

bool catalogueAcceptsType(const FieldInfo &field, const QString &schemaType)
{
    static const QMap<QString, JsonKind> kinds = {
        {QStringLiteral("string"), JsonKind::String}, {QStringLiteral("integer"), JsonKind::Integer},
        {QStringLiteral("number"), JsonKind::Number}, {QStringLiteral("boolean"), JsonKind::Boolean},
        {QStringLiteral("object"), JsonKind::Object}, {QStringLiteral("array"), JsonKind::Array},
        {QStringLiteral("null"), JsonKind::Null},
    };
    return kinds.contains(schemaType) && field.accepts(kinds.value(schemaType));
}

// The catalogue's integer range must contain the schema's bound.
bool boundCovered(const FieldInfo &field, const nlohmann::json &bound, bool isMinimum)
{
    if (bound.is_null())
        return true;
    const IntBounds b = IntBounds::of(field.range);
    if (bound.is_number_unsigned() || (bound.is_number_integer() && bound.get<qint64>() >= 0)) {
        const quint64 u = bound.is_number_unsigned() ? bound.get<quint64>() : quint64(bound.get<qint64>());
        return isMinimum ? (b.min <= 0 || quint64(b.min) <= u) : u <= b.max;
    }
    if (bound.is_number_integer()) {
        const qint64 i = bound.get<qint64>();
        return isMinimum ? (b.negativeAllowed && b.min <= i) : true;
    }
    return false; // fractional bounds do not occur in the runtime-spec schema
}

void addSchemaRows(const QString &label, const QString &dir)
{
    if (!QDir(dir).exists()) {
        QTest::newRow(qPrintable(label + QStringLiteral(": absent"))) << dir << QString() << true;
        return;
    }
    SchemaWalker walker(dir);
    QString error;
    if (!walker.walk(&error)) {
        QTest::newRow(qPrintable(label + QStringLiteral(": unreadable")))
            << dir << QStringLiteral("!") + error << false;
        return;
    }
    for (const auto &[pattern, property] : walker.properties())
        QTest::newRow(qPrintable(label + QStringLiteral(": ") + QString::fromStdString(pattern)))
            << dir << QString::fromStdString(pattern) << false;
}

} // namespace

class tst_SpecCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void schemaPropertyKnown_data();
    void schemaPropertyKnown();
    void schemaWalkIsThorough_data();
    void schemaWalkIsThorough();
    void lookup_data();
    void lookup();
    void addedInVersion_data();
    void addedInVersion();
    void removedInVersion_data();
    void removedInVersion();
    void valuesAndDefaults_data();
    void valuesAndDefaults();
    void platformScope_data();
    void platformScope();
    void everyFieldIsDescribed();
    void childrenAndParents();
    void requiredChildren_data();
    void requiredChildren();
    void capabilitiesMatchKernelHeader();
    void dangerousCapabilities_data();
    void dangerousCapabilities();
    void versions();
    void semver_data();
    void semver();
    void effectiveVersion_data();
    void effectiveVersion();
    void textsAreTranslated();
    void locationText_data();
    void locationText();
    void locationTextIsTranslated();

private:
    std::map<QString, std::map<std::string, SchemaProperty>> m_schemaCache;
    const std::map<std::string, SchemaProperty> &schema(const QString &dir);
};

const std::map<std::string, SchemaProperty> &tst_SpecCatalogue::schema(const QString &dir)
{
    auto it = m_schemaCache.find(dir);
    if (it == m_schemaCache.end()) {
        SchemaWalker walker(dir);
        QString error;
        walker.walk(&error);
        it = m_schemaCache.emplace(dir, walker.properties()).first;
    }
    return it->second;
}

void tst_SpecCatalogue::schemaPropertyKnown_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("absent");
    addSchemaRows(QStringLiteral("debian"), kDebianSchema);
    addSchemaRows(QStringLiteral("reference"), kReferenceSchema);
}

void tst_SpecCatalogue::schemaPropertyKnown()
{
    QFETCH(QString, dir);
    QFETCH(QString, pattern);
    QFETCH(bool, absent);
    if (absent)
        QSKIP("this copy of the schema is not installed here");
    QVERIFY2(!pattern.startsWith(QLatin1Char('!')), qPrintable(pattern));

    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY2(field, qPrintable(QStringLiteral("the catalogue lacks %1").arg(pattern)));
    const SchemaProperty &property = schema(dir).at(pattern.toStdString());
    for (const QString &type : property.types) {
        QVERIFY2(catalogueAcceptsType(*field, type),
                 qPrintable(QStringLiteral("%1: schema type %2, catalogue %3")
                                .arg(pattern, type, SpecCatalogue::typeDescription(*field))));
    }
    for (const QString &value : property.enumValues) {
        QVERIFY2(field->isAllowedValue(value.toStdString()),
                 qPrintable(QStringLiteral("%1: the catalogue rejects the schema's value %2").arg(pattern, value)));
    }
    QVERIFY2(
        boundCovered(*field, property.minimum, true),
        qPrintable(QStringLiteral("%1: minimum %2").arg(pattern, QString::fromStdString(property.minimum.dump()))));
    QVERIFY2(
        boundCovered(*field, property.maximum, false),
        qPrintable(QStringLiteral("%1: maximum %2").arg(pattern, QString::fromStdString(property.maximum.dump()))));
    // The catalogue may require more than the schema (it follows the
    // specification's text), never less. The text of z/OS 1.1.0 lets FIFOs
    // go without device numbers, which its schema demands of every device.
    static const QSet<QString> numbersOfFifos = {QStringLiteral("/zos/devices/*/major"),
                                                 QStringLiteral("/zos/devices/*/minor")};
    if (property.required && !numbersOfFifos.contains(pattern))
        QVERIFY2(field->required, qPrintable(QStringLiteral("%1: required by the schema").arg(pattern)));
}

void tst_SpecCatalogue::schemaWalkIsThorough_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("expected");
    const QStringList common = {QStringLiteral("/process/capabilities/ambient/*"),
                                QStringLiteral("/linux/seccomp/syscalls/*/args/*/op"),
                                QStringLiteral("/annotations/{}"),
                                QStringLiteral("/linux/resources/blockIO/weightDevice/*/major"),
                                QStringLiteral("/hooks/createRuntime/*/timeout"),
                                QStringLiteral("/linux/resources/unified/{}")};
    const QStringList platforms = {
        QStringLiteral("/windows/layerFolders/*"),        QStringLiteral("/windows/devices/*/idType"),
        QStringLiteral("/windows/resources/cpu/maximum"), QStringLiteral("/windows/network/networkNamespace"),
        QStringLiteral("/windows/hyperv/utilityVMPath"),  QStringLiteral("/vm/image/format"),
        QStringLiteral("/solaris/anet/*/linkProtection"), QStringLiteral("/solaris/cappedMemory/swap")};
    QTest::newRow("debian") << kDebianSchema
                            << (common + platforms + QStringList{QStringLiteral("/zos/devices/*/fileMode")});
    QTest::newRow("reference")
        << kReferenceSchema
        << (common + platforms
            + QStringList{QStringLiteral("/linux/netDevices/{}/name"), QStringLiteral("/linux/memoryPolicy/flags/*"),
                          QStringLiteral("/process/execCPUAffinity/final"),
                          QStringLiteral("/linux/timeOffsets/boottime/nanosecs"),
                          QStringLiteral("/windows/resources/cpu/affinity/group"),
                          QStringLiteral("/vm/hwConfig/iomems/*/nrMFNs"), QStringLiteral("/vm/hwConfig/irqs/*"),
                          QStringLiteral("/zos/namespaces/*/path"), QStringLiteral("/freebsd/jail/allow/suser"),
                          QStringLiteral("/freebsd/devices/*/mode")});
}

void tst_SpecCatalogue::schemaWalkIsThorough()
{
    QFETCH(QString, dir);
    QFETCH(QStringList, expected);
    if (!QDir(dir).exists())
        QSKIP("this copy of the schema is not installed here");
    const auto &properties = schema(dir);
    QVERIFY2(properties.size() > 150, qPrintable(QString::number(properties.size())));
    for (const QString &pattern : expected)
        QVERIFY2(properties.count(pattern.toStdString()), qPrintable(pattern));
}

void tst_SpecCatalogue::lookup_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("pattern"); // "-" when nothing is expected

    QTest::newRow("root") << QString() << QString();
    QTest::newRow("ociVersion") << "/ociVersion"
                                << "/ociVersion";
    QTest::newRow("mount destination") << "/mounts/3/destination"
                                       << "/mounts/*/destination";
    QTest::newRow("mount option") << "/mounts/0/options/2"
                                  << "/mounts/*/options/*";
    QTest::newRow("mount idmap") << "/mounts/12/uidMappings/0/hostID"
                                 << "/mounts/*/uidMappings/*/hostID";
    QTest::newRow("annotation with escaped slash") << "/annotations/com.example~1key"
                                                   << "/annotations/{}";
    QTest::newRow("numeric annotation key") << "/annotations/42"
                                            << "/annotations/{}";
    QTest::newRow("sysctl") << "/linux/sysctl/net.ipv4.ip_forward"
                            << "/linux/sysctl/{}";
    QTest::newRow("hook path") << "/hooks/poststop/1/path"
                               << "/hooks/poststop/*/path";
    QTest::newRow("hook env") << "/hooks/startContainer/0/env/4"
                              << "/hooks/startContainer/*/env/*";
    QTest::newRow("rdma") << "/linux/resources/rdma/mlx5_1/hcaHandles"
                          << "/linux/resources/rdma/{}/hcaHandles";
    QTest::newRow("netDevices") << "/linux/netDevices/eth0/name"
                                << "/linux/netDevices/{}/name";
    QTest::newRow("throttle") << "/linux/resources/blockIO/throttleReadBpsDevice/2/rate"
                              << "/linux/resources/blockIO/throttleReadBpsDevice/*/rate";
    QTest::newRow("capability") << "/process/capabilities/ambient/0"
                                << "/process/capabilities/ambient/*";
    QTest::newRow("rlimit") << "/process/rlimits/5/hard"
                            << "/process/rlimits/*/hard";
    QTest::newRow("seccomp arg") << "/linux/seccomp/syscalls/7/args/1/valueTwo"
                                 << "/linux/seccomp/syscalls/*/args/*/valueTwo";
    QTest::newRow("time offset") << "/linux/timeOffsets/monotonic/secs"
                                 << "/linux/timeOffsets/monotonic/secs";
    QTest::newRow("windows section") << "/windows"
                                     << "/windows";
    QTest::newRow("freebsd sharing") << "/freebsd/jail/vnet"
                                     << "/freebsd/jail/vnet";
    QTest::newRow("windows layer") << "/windows/layerFolders/0"
                                   << "/windows/layerFolders/*";
    QTest::newRow("windows affinity entry") << "/windows/resources/cpu/affinity/1/mask"
                                            << "/windows/resources/cpu/affinity/*/mask";
    QTest::newRow("windows affinity object") << "/windows/resources/cpu/affinity/group"
                                             << "/windows/resources/cpu/affinity/group";
    QTest::newRow("inside the credential spec") << "/windows/credentialSpec/CmsPlugins"
                                                << "-";
    QTest::newRow("vm irq") << "/vm/hwConfig/irqs/1"
                            << "/vm/hwConfig/irqs/*";
    QTest::newRow("solaris anet") << "/solaris/anet/2/macAddress"
                                  << "/solaris/anet/*/macAddress";
    QTest::newRow("zos namespace") << "/zos/namespaces/0/type"
                                   << "/zos/namespaces/*/type";
    QTest::newRow("freebsd permission") << "/freebsd/jail/allow/rawSockets"
                                        << "/freebsd/jail/allow/rawSockets";
    QTest::newRow("unknown top level") << "/vendorExtension"
                                       << "-";
    QTest::newRow("unknown in linux") << "/linux/namespacez"
                                      << "-";
    QTest::newRow("key on array") << "/mounts/first/destination"
                                  << "-";
    QTest::newRow("leading zero index") << "/mounts/01"
                                        << "-";
    QTest::newRow("beyond a leaf") << "/hostname/x"
                                   << "-";
}

void tst_SpecCatalogue::lookup()
{
    QFETCH(QString, pointer);
    QFETCH(QString, pattern);
    const FieldInfo *field = SpecCatalogue::instance().lookup(pointer);
    if (pattern == QLatin1String("-")) {
        QVERIFY2(!field, field ? field->pattern : "");
    } else {
        QVERIFY(field);
        QCOMPARE(QString::fromUtf8(field->pattern), pattern);
    }
}

void tst_SpecCatalogue::addedInVersion_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("since");

    // From the runtime-spec ChangeLog.
    QTest::newRow("hostname") << "/hostname"
                              << "1.0.0";
    QTest::newRow("umask") << "/process/user/umask"
                           << "1.0.2";
    QTest::newRow("createRuntime") << "/hooks/createRuntime"
                                   << "1.0.2";
    QTest::newRow("personality") << "/linux/personality"
                                 << "1.0.2";
    QTest::newRow("seccomp flags") << "/linux/seccomp/flags"
                                   << "1.0.2";
    QTest::newRow("domainname") << "/domainname"
                                << "1.1.0";
    QTest::newRow("timeOffsets") << "/linux/timeOffsets"
                                 << "1.1.0";
    QTest::newRow("idmapped mounts") << "/mounts/*/uidMappings"
                                     << "1.1.0";
    QTest::newRow("scheduler") << "/process/scheduler"
                               << "1.1.0";
    QTest::newRow("ioPriority") << "/process/ioPriority"
                                << "1.1.0";
    QTest::newRow("unified") << "/linux/resources/unified"
                             << "1.1.0";
    QTest::newRow("cpu idle") << "/linux/resources/cpu/idle"
                              << "1.1.0";
    QTest::newRow("execCPUAffinity") << "/process/execCPUAffinity"
                                     << "1.2.1";
    QTest::newRow("netDevices") << "/linux/netDevices"
                                << "1.3.0";
    QTest::newRow("memoryPolicy") << "/linux/memoryPolicy"
                                  << "1.3.0";
    QTest::newRow("intelRdt schemata") << "/linux/intelRdt/schemata"
                                       << "1.3.0";
    QTest::newRow("windows") << "/windows/layerFolders"
                             << "1.0.0";
    QTest::newRow("windows devices") << "/windows/devices"
                                     << "1.0.2";
    QTest::newRow("windows network namespace") << "/windows/network/networkNamespace"
                                               << "1.0.2";
    QTest::newRow("windows cpu affinity") << "/windows/resources/cpu/affinity"
                                          << "1.2.1";
    QTest::newRow("commandLine") << "/process/commandLine"
                                 << "1.0.2";
    QTest::newRow("vm") << "/vm/kernel/path"
                        << "1.0.2";
    QTest::newRow("vm hardware") << "/vm/hwConfig"
                                 << "1.3.0";
    QTest::newRow("solaris") << "/solaris/anet/*/linkname"
                             << "1.0.0";
    QTest::newRow("zos") << "/zos"
                         << "1.1.0";
    QTest::newRow("zos devices") << "/zos/devices"
                                 << "1.1.0";
    QTest::newRow("zos namespaces") << "/zos/namespaces"
                                    << "1.2.1";
    QTest::newRow("freebsd") << "/freebsd/jail/allow/suser"
                             << "1.3.0";
}

void tst_SpecCatalogue::removedInVersion_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("removed"); // empty: still there
    QTest::newRow("enableCMT") << "/linux/intelRdt/enableCMT"
                               << "1.3.0";
    QTest::newRow("enableMBM") << "/linux/intelRdt/enableMBM"
                               << "1.3.0";
    QTest::newRow("zos devices") << "/zos/devices"
                                 << "1.2.1";
    QTest::newRow("zos namespaces") << "/zos/namespaces" << QString();
    QTest::newRow("windows") << "/windows" << QString();
}

void tst_SpecCatalogue::removedInVersion()
{
    QFETCH(QString, pattern);
    QFETCH(QString, removed);
    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY(field);
    QCOMPARE(field->removedIn ? SpecVersions::toString(*field->removedIn) : QString(), removed);
}

void tst_SpecCatalogue::addedInVersion()
{
    QFETCH(QString, pattern);
    QFETCH(QString, since);
    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY(field);
    QCOMPARE(SpecVersions::toString(field->since), since);
}

void tst_SpecCatalogue::valuesAndDefaults_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("openEnum");
    QTest::addColumn<QString>("defaultValue"); // JSON text, empty for none
    QTest::addColumn<QString>("type");
    QTest::newRow("namespace type") << "/linux/namespaces/*/type"
                                    << QStringList{"mount", "pid", "network", "uts", "ipc", "user", "cgroup", "time"}
                                    << false << QString() << "string";
    QTest::newRow("rootfs propagation") << "/linux/rootfsPropagation"
                                        << QStringList{"private", "shared", "slave", "unbindable"} << false << QString()
                                        << "string";
    QTest::newRow("device type") << "/linux/devices/*/type" << QStringList{"c", "b", "u", "p"} << false << QString()
                                 << "string";
    QTest::newRow("cgroup device type") << "/linux/resources/devices/*/type" << QStringList{"a", "c", "b"} << false
                                        << "\"a\""
                                        << "string";
    QTest::newRow("ioPriority class") << "/process/ioPriority/class"
                                      << QStringList{"IOPRIO_CLASS_RT", "IOPRIO_CLASS_BE", "IOPRIO_CLASS_IDLE"} << false
                                      << QString() << "string";
    QTest::newRow("personality domain") << "/linux/personality/domain" << QStringList{"LINUX", "LINUX32"} << false
                                        << QString() << "string";
    QTest::newRow("terminal") << "/process/terminal" << QStringList() << false << "false"
                              << "boolean";
    QTest::newRow("scheduler nice") << "/process/scheduler/nice" << QStringList() << false << "0"
                                    << "int32";
    QTest::newRow("uid") << "/process/user/uid" << QStringList() << false << QString() << "uint32";
    QTest::newRow("rlimit hard") << "/process/rlimits/*/hard" << QStringList() << false << QString() << "uint64";
    QTest::newRow("memory limit") << "/linux/resources/memory/limit" << QStringList() << false << QString() << "int64";
    QTest::newRow("windows") << "/windows" << QStringList() << false << QString() << "object";
    QTest::newRow("credential spec") << "/windows/credentialSpec" << QStringList() << false << QString()
                                     << "object (free-form)";
    QTest::newRow("windows device id type")
        << "/windows/devices/*/idType" << QStringList{"class"} << false << QString() << "string";
    QTest::newRow("windows cpu shares") << "/windows/resources/cpu/shares" << QStringList() << false << QString()
                                        << "uint16";
    QTest::newRow("windows cpu affinity")
        << "/windows/resources/cpu/affinity" << QStringList() << false << QString() << "object | array";
    QTest::newRow("vm image format") << "/vm/image/format" << QStringList{"raw", "qcow2", "vdi", "vmdk", "vhd"} << false
                                     << QString() << "string";
    QTest::newRow("zos namespace type") << "/zos/namespaces/*/type" << QStringList{"mount", "pid", "uts", "ipc"}
                                        << false << QString() << "string";
    QTest::newRow("jail vnet") << "/freebsd/jail/vnet" << QStringList{"new", "inherit"} << false << QString()
                               << "string";
    QTest::newRow("jail sysvshm") << "/freebsd/jail/sysvshm" << QStringList{"disable", "new", "inherit"} << false
                                  << "\"new\""
                                  << "string";
    QTest::newRow("jail enforceStatfs") << "/freebsd/jail/enforceStatfs" << QStringList() << false << "2"
                                        << "uint8";
    QTest::newRow("jail suser") << "/freebsd/jail/allow/suser" << QStringList() << false << "true"
                                << "boolean";
}

void tst_SpecCatalogue::platformScope_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("requiredOn");      // empty: not required
    QTest::addColumn<QStringList>("allowedValuesOn"); // where `allowed` is the complete list
    const QStringList all = {"Linux", "Windows", "Solaris", "z/OS", "FreeBSD"};
    const QStringList posix = {"Linux", "Solaris", "z/OS", "FreeBSD"};
    QTest::newRow("ociVersion") << "/ociVersion" << all << all;
    QTest::newRow("uid") << "/process/user/uid" << posix << all;
    QTest::newRow("gid") << "/process/user/gid" << posix << all;
    QTest::newRow("username") << "/process/user/username" << QStringList() << all;
    QTest::newRow("rlimit type") << "/process/rlimits/*/type" << all << QStringList{"Linux"};
    QTest::newRow("layerFolders") << "/windows/layerFolders" << all << all;
}

void tst_SpecCatalogue::platformScope()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, requiredOn);
    QFETCH(QStringList, allowedValuesOn);
    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY(field);
    QCOMPARE(field->required ? SpecCatalogue::platformNames(field->requiredOn) : QStringList(), requiredOn);
    QCOMPARE(SpecCatalogue::platformNames(field->allowedValuesOn), allowedValuesOn);
}

void tst_SpecCatalogue::valuesAndDefaults()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, allowed);
    QFETCH(bool, openEnum);
    QFETCH(QString, defaultValue);
    QFETCH(QString, type);
    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY(field);
    QCOMPARE(SpecCatalogue::allowedValues(*field), allowed);
    QCOMPARE(field->openEnum, openEnum);
    const std::optional<Json> value = SpecCatalogue::defaultValue(*field);
    QCOMPARE(value ? QString::fromStdString(value->dump()) : QString(), defaultValue);
    QCOMPARE(SpecCatalogue::typeDescription(*field), type);
}

void tst_SpecCatalogue::everyFieldIsDescribed()
{
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    const QList<const FieldInfo *> fields = catalogue.fields();
    QVERIFY(fields.size() > 250);
    QSet<QString> patterns;
    for (const FieldInfo *field : fields) {
        const QString pattern = QString::fromUtf8(field->pattern);
        QVERIFY2(!patterns.contains(pattern), qPrintable(QStringLiteral("duplicate row %1").arg(pattern)));
        patterns.insert(pattern);
        QVERIFY2(!SpecCatalogue::title(*field).isEmpty(), qPrintable(pattern));
        QVERIFY2(!SpecCatalogue::summary(*field).isEmpty(), qPrintable(pattern));
        QVERIFY2(!SpecCatalogue::section(*field).isEmpty(), qPrintable(pattern));
        const QString explanation = SpecCatalogue::explanation(*field);
        QVERIFY2(explanation.endsWith(QLatin1Char('.')), qPrintable(pattern));
        // One or two sentences (a colon or "e.g." does not start a new one).
        const qsizetype sentences = explanation.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)")))
            - explanation.count(QStringLiteral("e.g. "));
        QVERIFY2(sentences >= 1 && sentences <= 3, qPrintable(pattern + QStringLiteral(": ") + explanation));
        QVERIFY2(explanation != SpecCatalogue::summary(*field), qPrintable(pattern));
        QVERIFY2(field->kinds.toInt() != 0, qPrintable(pattern));
        QCOMPARE(SpecCatalogue::defaultValue(*field).has_value(), field->defaultValue != nullptr);
        for (const ValueSince &value : field->newerValues) {
            QVERIFY2(field->isAllowedValue(value.value) || field->openEnum, value.value);
            QVERIFY2(SpecCatalogue::allowedValues(*field).contains(QString::fromUtf8(value.value)), value.value);
            QVERIFY2(value.since > field->since, value.value);
            QCOMPARE(field->valueSince(value.value), value.since);
        }
    }
}

void tst_SpecCatalogue::childrenAndParents()
{
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    for (const FieldInfo *field : catalogue.fields()) {
        if (field == catalogue.root()) {
            QVERIFY(!catalogue.parent(field));
            continue;
        }
        const FieldInfo *parent = catalogue.parent(field);
        QVERIFY2(parent, field->pattern);
        QVERIFY2(catalogue.children(parent).contains(field), field->pattern);
        const QString token = QString::fromUtf8(field->pattern).section(QLatin1Char('/'), -1);
        if (token == QLatin1String("*"))
            QVERIFY2(parent->accepts(JsonKind::Array), field->pattern);
        else
            QVERIFY2(parent->accepts(JsonKind::Object), field->pattern);
    }
    const FieldInfo *mount = catalogue.field(QStringLiteral("/mounts/*"));
    QVERIFY(mount);
    QStringList names;
    for (const FieldInfo *child : catalogue.children(mount))
        names << QString::fromUtf8(child->pattern).section(QLatin1Char('/'), -1);
    names.sort();
    QCOMPARE(names, (QStringList{"destination", "gidMappings", "options", "source", "type", "uidMappings"}));
}

void tst_SpecCatalogue::requiredChildren_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("required");
    QTest::newRow("root") << QString() << QStringList{"ociVersion"};
    QTest::newRow("root filesystem") << "/root" << QStringList{"path"};
    QTest::newRow("process") << "/process" << QStringList{"cwd"};
    QTest::newRow("rlimit") << "/process/rlimits/*" << QStringList{"hard", "soft", "type"};
    QTest::newRow("device") << "/linux/devices/*" << QStringList{"path", "type"};
    QTest::newRow("hook") << "/hooks/poststart/*" << QStringList{"path"};
    QTest::newRow("seccomp arg") << "/linux/seccomp/syscalls/*/args/*" << QStringList{"index", "op", "value"};
    QTest::newRow("mount") << "/mounts/*" << QStringList{"destination"};
    QTest::newRow("namespace") << "/linux/namespaces/*" << QStringList{"type"};
    QTest::newRow("user, on any platform") << "/process/user" << QStringList{"gid", "uid"};
    QTest::newRow("windows") << "/windows" << QStringList{"layerFolders"};
    QTest::newRow("windows device") << "/windows/devices/*" << QStringList{"id", "idType"};
    QTest::newRow("windows affinity entry") << "/windows/resources/cpu/affinity/*" << QStringList{"group", "mask"};
    QTest::newRow("vm") << "/vm" << QStringList{"kernel"};
    QTest::newRow("vm image") << "/vm/image" << QStringList{"format", "path"};
    QTest::newRow("vm iomem") << "/vm/hwConfig/iomems/*" << QStringList{"firstMFN", "nrMFNs"};
    QTest::newRow("zos namespace") << "/zos/namespaces/*" << QStringList{"type"};
    QTest::newRow("freebsd device") << "/freebsd/devices/*" << QStringList{"path"};
    QTest::newRow("jail") << "/freebsd/jail" << QStringList();
}

void tst_SpecCatalogue::requiredChildren()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, required);
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    const FieldInfo *field = catalogue.field(pattern);
    QVERIFY(field);
    QStringList names;
    for (const FieldInfo *child : catalogue.requiredChildren(field))
        names << QString::fromUtf8(child->pattern).section(QLatin1Char('/'), -1);
    names.sort();
    QCOMPARE(names, required);
}

void tst_SpecCatalogue::capabilitiesMatchKernelHeader()
{
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    const QList<CapabilityInfo> caps = catalogue.capabilities();
    QCOMPARE(caps.size(), 41);
    for (qsizetype i = 0; i < caps.size(); ++i) {
        QCOMPARE(caps.at(i).number, int(i));
        const CapabilityInfo *byName = catalogue.capability(QString::fromLatin1(caps.at(i).name));
        QVERIFY(byName);
        QCOMPARE(byName->number, caps.at(i).number);
        QVERIFY(!SpecCatalogue::capabilitySummary(caps.at(i)).isEmpty());
    }
    QVERIFY(!catalogue.capability(QStringLiteral("CAP_NOT_A_CAPABILITY")));

    QFile header(QStringLiteral("/usr/include/linux/capability.h"));
    if (!header.open(QIODevice::ReadOnly))
        QSKIP("the kernel headers are not installed");
    static const QRegularExpression define(QStringLiteral("^#define\\s+(CAP_[A-Z_]+)\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
    QMap<int, QString> kernel;
    for (const QRegularExpressionMatch &m : define.globalMatch(QString::fromLatin1(header.readAll())))
        kernel.insert(m.captured(2).toInt(), m.captured(1));
    QCOMPARE(kernel.size(), caps.size());
    for (const CapabilityInfo &cap : caps)
        QCOMPARE(QString::fromLatin1(cap.name), kernel.value(cap.number));
}

void tst_SpecCatalogue::dangerousCapabilities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dangerous");
    for (const char *name : {"CAP_SYS_ADMIN", "CAP_SYS_MODULE", "CAP_SYS_PTRACE", "CAP_SYS_RAWIO", "CAP_NET_ADMIN",
                             "CAP_DAC_READ_SEARCH", "CAP_SYS_BOOT", "CAP_BPF", "CAP_PERFMON", "CAP_MAC_ADMIN"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    for (const char *name : {"CAP_CHOWN", "CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_AUDIT_WRITE", "CAP_SETUID"})
        QTest::newRow(name) << QString::fromLatin1(name) << false;
}

void tst_SpecCatalogue::dangerousCapabilities()
{
    QFETCH(QString, name);
    QFETCH(bool, dangerous);
    const CapabilityInfo *info = SpecCatalogue::instance().capability(name);
    QVERIFY(info);
    QCOMPARE(info->dangerous, dangerous);
}

void tst_SpecCatalogue::versions()
{
    QStringList names;
    for (const SpecVersion v : SpecCatalogue::versions())
        names << SpecVersions::toString(v);
    QCOMPARE(names, (QStringList{"1.0.0", "1.0.1", "1.0.2", "1.1.0", "1.2.0", "1.2.1", "1.3.0"}));
    QCOMPARE(SpecVersions::toString(SpecCatalogue::bestVersion()), QStringLiteral("1.3.0"));
    QCOMPARE(SpecVersions::fromString(QStringLiteral("1.2.1")), std::optional<SpecVersion>(SpecVersion::V1_2_1));
    QVERIFY(!SpecVersions::fromString(QStringLiteral("1.4.0")));
}

void tst_SpecCatalogue::semver_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("preRelease");
    QTest::newRow("plain") << "1.0.2" << true << QString();
    QTest::newRow("dev") << "1.0.2-dev" << true << "dev";
    QTest::newRow("rc with build") << "1.1.0-rc.1+abc" << true << "rc.1";
    QTest::newRow("two parts") << "1.0" << false << QString();
    QTest::newRow("leading zero") << "1.01.0" << false << QString();
    QTest::newRow("v prefix") << "v1.0.0" << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("trailing space") << "1.0.0 " << false << QString();
}

void tst_SpecCatalogue::semver()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, preRelease);
    const std::optional<SemVer> parsed = SemVer::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed)
        QCOMPARE(parsed->preRelease, preRelease);
}

void tst_SpecCatalogue::effectiveVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("effective"); // empty: unknown
    QTest::newRow("exact") << "1.1.0"
                           << "1.1.0";
    QTest::newRow("dev suffix") << "1.0.2-dev"
                                << "1.0.2";
    QTest::newRow("between releases") << "1.0.5"
                                      << "1.0.2";
    QTest::newRow("newer than known") << "1.4.0"
                                      << "1.3.0";
    QTest::newRow("major 2") << "2.0.0" << QString();
    QTest::newRow("major 0") << "0.5.0" << QString();
}

void tst_SpecCatalogue::effectiveVersion()
{
    QFETCH(QString, text);
    QFETCH(QString, effective);
    const std::optional<SemVer> parsed = SemVer::parse(text);
    QVERIFY(parsed);
    const std::optional<SpecVersion> version = SpecVersions::effectiveFor(*parsed);
    QCOMPARE(version ? SpecVersions::toString(*version) : QString(), effective);
}

void tst_SpecCatalogue::textsAreTranslated()
{
    MarkingTranslator translator("SpecCatalogue");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    for (const FieldInfo *field : catalogue.fields()) {
        QCOMPARE(SpecCatalogue::title(*field), QStringLiteral("<%1>").arg(QString::fromUtf8(field->title)));
        QCOMPARE(SpecCatalogue::summary(*field), QStringLiteral("<%1>").arg(QString::fromUtf8(field->summary)));
        QCOMPARE(SpecCatalogue::explanation(*field), QStringLiteral("<%1>").arg(QString::fromUtf8(field->explanation)));
        QCOMPARE(SpecCatalogue::section(*field), QStringLiteral("<%1>").arg(QString::fromUtf8(field->section)));
    }
    const CapabilityInfo *kill = catalogue.capability(QStringLiteral("CAP_KILL"));
    QVERIFY(kill);
    QVERIFY(SpecCatalogue::capabilitySummary(*kill).startsWith(QLatin1Char('<')));
    QCOMPARE(SpecCatalogue::unitName(Unit::Bytes), QStringLiteral("<bytes>"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(SpecCatalogue::unitName(Unit::Bytes), QStringLiteral("bytes"));
}

void tst_SpecCatalogue::locationText_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("withDocument");
    QTest::addColumn<QString>("text");
    const QString sep = QStringLiteral(" \u203a ");
    const auto path = [&sep](std::initializer_list<const char *> parts) {
        QStringList texts;
        for (const char *part : parts)
            texts << QString::fromUtf8(part);
        return texts.join(sep);
    };
    QTest::newRow("the document") << "" << true << QString();
    QTest::newRow("a top-level field") << "/hostname" << true << path({"Hostname"});
    QTest::newRow("linux is left out") << "/linux/resources/memory/limit" << true
                                       << path({"Resources", "Memory", "Limit"});
    QTest::newRow("linux alone") << "/linux" << true << path({"Linux"});
    QTest::newRow("a mount by its destination")
        << "/mounts/1/options/0" << true << path({"Mounts", "/tmp", "Options", "nosuid"});
    QTest::newRow("a mount by number without the document")
        << "/mounts/1/destination" << false << path({"Mounts", "2", "Destination"});
    QTest::newRow("a mount without a destination")
        << "/mounts/2/type" << true << path({"Mounts", "3", "Filesystem type"});
    QTest::newRow("an element that is not there")
        << "/mounts/9/type" << true << path({"Mounts", "10", "Filesystem type"});
    QTest::newRow("a namespace by its type")
        << "/linux/namespaces/0/path" << true << path({"Namespaces", "pid", "Path"});
    QTest::newRow("an env variable by its name")
        << "/process/env/1" << true << path({"Process", "Environment", "TERM"});
    QTest::newRow("an rlimit by its type")
        << "/process/rlimits/0/hard" << true << path({"Process", "Resource limits", "RLIMIT_NOFILE", "Hard limit"});
    QTest::newRow("a map's key") << "/annotations/org.example~1key" << true << path({"Annotations", "org.example/key"});
    QTest::newRow("an unknown member") << "/x-vendor/thing" << true << path({"x-vendor", "thing"});
    QTest::newRow("a long name is cut") << "/process/args/0" << true
                                        << path({"Process", "Arguments",
                                                 "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u2026"});
}

void tst_SpecCatalogue::locationText()
{
    QFETCH(QString, pointer);
    QFETCH(bool, withDocument);
    QFETCH(QString, text);
    const Json document = Json::parse(R"({
        "process": {"env": ["PATH=/bin", "TERM=xterm"], "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1, "soft": 1}],
                    "args": ["/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]},
        "mounts": [{"destination": "/proc"}, {"destination": "/tmp", "options": ["nosuid"]}, {"source": "tmpfs"}],
        "linux": {"namespaces": [{"type": "pid", "path": "/proc/1/ns/pid"}]},
        "annotations": {"org.example/key": "v"}
    })");
    QCOMPARE(SpecCatalogue::instance().locationText(pointer, withDocument ? &document : nullptr), text);
}

void tst_SpecCatalogue::locationTextIsTranslated()
{
    MarkingTranslator translator("SpecCatalogue");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = SpecCatalogue::instance().locationText(QStringLiteral("/linux/resources/memory/limit"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(text, QStringLiteral("<Resources> \u203a <Memory> \u203a <Limit>"));
}

// Translators need an application object.
QTEST_GUILESS_MAIN(tst_SpecCatalogue)
#include "tst_speccatalogue.moc"
