import { describe, expect, it } from "vitest";
import type { Hex } from "viem";
import demo from "../deployments/31337.json";
import { axeViolations, browserForFile, openPage, rpc, settle } from "./browser";
import { forgetPasskey, importPasskey } from "./virtualAuthenticator";

/**
 * A passkey member adds a passkey for another device (a security key) and signs in with it
 * there: the same account, and the fund pays. Chromium's virtual authenticators act as if
 * touched at every request. Right after the key makes its passkey, this device's passkey signs
 * the operation that adds it: a key still "touched" then answers too, does not hold that
 * passkey, and Chromium ends the request with NotAllowedError, as a real browser does when the
 * wrong key is touched (the dApp says "cancelled"). So the key stops answering once its passkey
 * is made, as a user touches it only once.
 */
describe("a passkey for another device", () => {
  const browser = browserForFile();

  it("a member adds a security key's passkey, signs in with it alone, lands on the same account and delegates with 0 ETH", async () => {
    const rasmus = demo.demo.passkeyMembers.find((m) => m.name === "Rasmus")!;
    const page = await openPage(browser(), "/account", { host: "localhost" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const phone = await importPasskey(cdp, rasmus.passkeyPrivateKey as Hex);
    await forgetPasskey(page);
    await page.reload();
    await settle(page);
    await page.getByRole("button", { name: "Sign in with my passkey" }).click();
    await page.getByText("You are a member: you can vote and take part, free of charge.").waitFor();

    const { authenticatorId: securityKey } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "usb",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    cdp.on("WebAuthn.credentialAdded", ({ authenticatorId }) => {
      if (authenticatorId === securityKey)
        void cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: false });
    });
    await page.getByRole("button", { name: "Add a passkey for another device" }).click();
    await page
      .getByText("The new passkey is added to your account: sign in with it on the other device.")
      .waitFor({ timeout: 60_000 });
    const [made] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId: securityKey })).credentials;
    expect(made.isResidentCredential).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The other device: only the security key, and nothing stored of the account.
    await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: phone });
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId: securityKey, enabled: true });
    await forgetPasskey(page);
    await page.reload();
    await settle(page);
    await page.getByRole("button", { name: "Sign in with my passkey" }).click();
    await page.getByText("You are a member: you can vote and take part, free of charge.").waitFor();
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("pulje.passkey.31337")))!) as {
      id: string;
      address: string;
    };
    expect(stored.address).toBe(rasmus.address);
    expect(Buffer.from(stored.id, "base64url").toString("base64")).toBe(made.credentialId);

    await page.goto(new URL("/delegation", page.url()).toString());
    await settle(page);
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await page.getByRole("button", { name: "Delegate to this member" }).click();
    await page.getByText("Your voting power now: 0").waitFor({ timeout: 60_000 });
    await page.getByText("Your vote goes to: Anna").waitFor();
    expect(await rpc<string>("eth_getBalance", [rasmus.address, "latest"])).toBe("0x0");
    await page.close();
  });
});
