/**
 * The words of what the harness sends: written to the content service first, as the account that
 * sends the transaction, then put on chain as a commitment and confirmed with the transaction's
 * hash. The same path the dApp takes, so the demo's texts and a steward's from the command line
 * are stored, moderated and erasable like a resident's.
 */
import { getAddress, type Signer } from "ethers";
import type { Address, Hex } from "viem";
import { ContentClient } from "../sdk/content/client";
import type { TextFields, TextKind } from "../sdk/content/kinds";
import { checkedText } from "../sdk/content/validate";

/** One author's texts: written before their transaction, confirmed after it. */
export interface TextStore {
  /** Stores a text that `contract`'s event will carry; returns its commitment, for the transaction. */
  write<K extends TextKind>(kind: K, contract: string, fields: TextFields<K>): Promise<Hex>;
  /** Tells the service which transaction put `commitments` on chain, so it publishes them. */
  confirm(commitments: readonly Hex[], txHash: string): Promise<void>;
}

/** Published texts by commitment, each recomputed from what the service gave (others left out). */
export type TextReader = (commitments: readonly Hex[]) => Promise<Map<string, Record<string, string>>>;

export interface ContentTextsOptions {
  /** The content service, e.g. http://127.0.0.1:8580. */
  url: string;
  chainId: number;
  /** A dApp origin the service accepts: its host is the sign-in (EIP-4361) domain. */
  appUrl: string;
  /** The language the texts are written in (a BCP 47 tag). */
  language: string;
}

/** Texts in the content service, one signed-in session per author. */
export class ContentTexts {
  private readonly sessions = new Map<string, Promise<ContentClient>>();
  private readonly reader: ContentClient;

  constructor(private readonly options: ContentTextsOptions) {
    this.reader = new ContentClient({ url: options.url, fetch: this.fetcher });
  }

  /**
   * `author`'s signed-in client (one sign-in per account), for what a store does not cover:
   * a moderator hiding a text, an erasure officer erasing one, an author asking for erasure.
   */
  async session(author: Signer): Promise<ContentClient> {
    const address = getAddress(await author.getAddress());
    let client = this.sessions.get(address);
    if (!client) {
      client = this.signIn(author, address as Address);
      this.sessions.set(address, client);
      client.catch(() => this.sessions.delete(address));
    }
    return client;
  }

  /** The store of `author`'s texts, signed in (once) with its key. */
  as(author: Signer): TextStore {
    const session = () => this.session(author);
    return {
      write: async (kind, contract, fields) => {
        // Checked here first, so a missing or too long field is named before anything is sent.
        checkedText(kind, fields);
        const written = await (
          await session()
        ).writeText({ kind, contract: getAddress(contract) as Address, fields, language: this.options.language });
        return written.commitment;
      },
      confirm: async (commitments, txHash) => {
        const client = await session();
        for (const commitment of commitments) await client.confirmText(commitment, txHash as Hex);
      },
    };
  }

  /** Reads published texts, checked against their commitments. */
  readonly read: TextReader = async (commitments) => {
    const texts = new Map<string, Record<string, string>>();
    for (const record of await this.reader.lookupTexts(commitments)) {
      if (record.status === "published") texts.set(record.commitment.toLowerCase(), record.text.fields);
    }
    return texts;
  };

  /**
   * fetch, but a service that does not answer is one sentence naming it: Node's own error is
   * "fetch failed", which tells a steward neither what failed nor what to do. (A text is
   * written before its transaction, so a service that is down stops an operation before it sends.)
   */
  private readonly fetcher: typeof fetch = async (input, init) => {
    try {
      return await globalThis.fetch(input, init);
    } catch {
      throw new Error(
        `The content service at ${this.options.url} does not answer: start it (npm start runs one) or set PULJE_CONTENT_URL to the fund's service.`,
      );
    }
  };

  private async signIn(author: Signer, address: Address): Promise<ContentClient> {
    const client = new ContentClient({ url: this.options.url, fetch: this.fetcher });
    const app = new URL(this.options.appUrl);
    await client.signIn({
      address,
      chainId: this.options.chainId,
      domain: app.host,
      uri: app.origin,
      statement: "Sign in to the fund's texts from the command line.",
      signMessage: async (message) => (await author.signMessage(message)) as Hex,
    });
    return client;
  }
}

/**
 * The content service from the environment (PULJE_CONTENT_URL, PULJE_APP_URL, PULJE_LANGUAGE),
 * with `npm start`'s defaults.
 */
export function contentTextsFromEnv(chainId: number, env: NodeJS.ProcessEnv = process.env): ContentTexts {
  return new ContentTexts({
    url: env.PULJE_CONTENT_URL ?? "http://127.0.0.1:8580",
    appUrl: env.PULJE_APP_URL ?? "http://localhost:5173",
    language: env.PULJE_LANGUAGE ?? "da",
    chainId,
  });
}
