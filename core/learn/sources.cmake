# SPDX-License-Identifier: Apache-2.0
# Learn OCI: the concept pages, written as HTML from the open document.
target_sources(obe_core PRIVATE
    learn/concepttopic.h learn/concepttopic.cpp
    learn/idmapping.h learn/idmapping.cpp
    learn/conceptpage.h learn/conceptpage.cpp
)
