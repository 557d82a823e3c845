//! Entry point of the browser app: mounts CRM TrueCost (wasm32 only; natively it does nothing,
//! the native program is the `truecost` CLI).

fn main() {
    #[cfg(target_arch = "wasm32")]
    crm_truecost::start();
}
