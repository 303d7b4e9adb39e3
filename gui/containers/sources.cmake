# SPDX-License-Identifier: Apache-2.0
# Containers mode: every container of this machine in one table.
target_sources(obe_gui PRIVATE
    containers/containersview.h containers/containersview.cpp
    containers/containerfiltermodel.h containers/containerfiltermodel.cpp
)
