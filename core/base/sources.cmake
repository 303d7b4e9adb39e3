# SPDX-License-Identifier: Apache-2.0
# What every part of the core shares, the Bundle API first: the way
# functions report failure.
target_sources(obe_bundle PRIVATE
    base/result.h
)
