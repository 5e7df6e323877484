//! No heap allocation on the lookup and conversion paths.
