// SPDX-License-Identifier: Apache-2.0
// What the run panel reads from the runtime: `runc state` and `runc list`
// JSON, `runc events` lines (stats records become chart samples), and the
// runtime's JSON log. Checks that nothing crashes, that a refusal says why,
// and that the samples hold no negative rates or amounts.
#include "runtime/containerstate.h"
#include "runtime/runtimelog.h"
#include "runtime/statsparser.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkNotNegative(const std::optional<double> &value)
{
    if (value && !(*value >= 0))
        std::abort();
}

void checkStates(const QByteArray &input)
{
    const Result<ContainerState> state = ContainerState::fromJson(input);
    if (state ? state->id.isEmpty() : state.error().isEmpty())
        std::abort();
    const Result<QList<ContainerState>> states = ContainerState::listFromJson(input);
    if (!states) {
        if (states.error().isEmpty())
            std::abort();
        return;
    }
    for (const ContainerState &listed : *states) {
        if (listed.id.isEmpty())
            std::abort();
    }
}

void checkEvents(const QByteArray &input)
{
    StatsParser parser;
    const QDateTime wallTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    qint64 monotonicNs = 0;
    for (const QByteArray &line : input.split('\n')) {
        const std::optional<RuntimeEvent> event = RuntimeEvent::fromLine(line);
        if (!event || event->type != QLatin1String("stats"))
            continue;
        monotonicNs += 1000000000;
        const StatsSample sample = parser.parse(event->data, monotonicNs, wallTime);
        checkNotNegative(sample.cpuPercent);
        checkNotNegative(sample.memoryUsed);
        checkNotNegative(sample.blockReadRate);
        checkNotNegative(sample.blockWriteRate);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkStates(input);
    checkEvents(input);
    // Every line that is not blank is an entry of the log, JSON or not.
    qsizetype lines = 0;
    for (const QByteArray &line : input.split('\n'))
        lines += !line.trimmed().isEmpty();
    const QList<RuntimeLogEntry> entries = RuntimeLogReader::parse(input);
    if (entries.size() != lines)
        std::abort();
    RuntimeLogReader::format(entries);
    return 0;
}
