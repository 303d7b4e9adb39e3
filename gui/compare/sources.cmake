# SPDX-License-Identifier: Apache-2.0
# File › Compare With: the semantic diff of two configs as a tree.
target_sources(obe_gui PRIVATE
    compare/diffcolors.h compare/diffcolors.cpp
    compare/specdiffmodel.h compare/specdiffmodel.cpp
    compare/comparedialog.h compare/comparedialog.cpp
    compare/comparemenu.h compare/comparemenu.cpp
)
