# SPDX-License-Identifier: Apache-2.0
# Comparing two configs: what changed, field by field, and the change list
# written out as text or JSON.
target_sources(obe_core PRIVATE
    compare/specdiff.h compare/specdiff.cpp
    compare/specdiffreport.h compare/specdiffreport.cpp
)
