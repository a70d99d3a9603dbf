//! Design-based survey estimation: weighted estimates and their variance.
