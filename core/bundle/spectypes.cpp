// SPDX-License-Identifier: Apache-2.0
#include "spectypes.h"

#include "jsonfieldreader.h"

namespace Specs {

template<typename T>
Result<T> SpecStruct<T>::fromJson(const Json &value, const QString &pointer)
{
    T result;
    JsonFieldReader reader(value, pointer);
    T::fields(result, reader);
    if (!reader.ok())
        return Result<T>::failure(reader.error());
    result.extra = reader.unread();
    return result;
}

template<typename T>
Json SpecStruct<T>::toJson() const
{
    JsonFieldWriter writer;
    T::fields(static_cast<const T &>(*this), writer);
    return std::move(writer).finish(extra);
}

template struct SpecStruct<Mount>;
template struct SpecStruct<LinuxNamespace>;
template struct SpecStruct<LinuxIDMapping>;
template struct SpecStruct<Hook>;
template struct SpecStruct<LinuxDevice>;
template struct SpecStruct<LinuxDeviceCgroup>;
template struct SpecStruct<LinuxMemory>;
template struct SpecStruct<LinuxCPU>;
template struct SpecStruct<LinuxPids>;
template struct SpecStruct<LinuxBlockIO>;
template struct SpecStruct<WindowsCPUResources>;
template struct SpecStruct<WindowsMemoryResources>;
template struct SpecStruct<User>;
template struct SpecStruct<LinuxCapabilities>;
template struct SpecStruct<POSIXRlimit>;
template struct SpecStruct<Process>;

} // namespace Specs
