# Sources of model/i18n (loading translations; the headless subcommands need
# it as much as the window), added to obe_model.
target_sources(obe_model PRIVATE
    i18n/translationloader.h i18n/translationloader.cpp
)
