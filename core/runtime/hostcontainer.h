// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerstate.h"
#include "staterootfinder.h"

// One container of this machine: what its runtime's list says about it, and
// the state root it lives in.
struct HostContainer
{
    StateRoot root;
    ContainerState state;

    // Containers the editor started live in its own roots; the others
    // belong to someone else and are killed or deleted only after asking.
    bool isEditors() const { return root.manager == StateRoot::Manager::Editor; }
    QString managerName() const { return StateRootFinder::managerName(root, state.bundle); }

    bool operator==(const HostContainer &other) const = default;
};
