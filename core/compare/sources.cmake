# SPDX-License-Identifier: Apache-2.0
# Comparing two configs: what changed, field by field.
target_sources(obe_core PRIVATE
    compare/specdiff.h compare/specdiff.cpp
)
